# threading.settrace / setprofile: the hooks are installed in threads
# started afterwards; the main thread is not traced.
import sys
import threading

calls = []
lock = threading.Lock()

def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name in ('worker', 'step'):
        with lock:
            calls.append((threading.current_thread().name, frame.f_code.co_name))
    return None

def step(i):
    return i * 2

def worker():
    return [step(i) for i in range(3)]

threading.settrace(tracer)
t = threading.Thread(target=worker, name='T1')
t.start()
t.join()
threading.settrace(None)
step(1)
print(sorted(calls))
print(sys.gettrace())

profiled = []
def prof(frame, event, arg):
    if event == 'c_call':
        profiled.append(arg.__name__)
threading.setprofile(prof)
t = threading.Thread(target=lambda: len([1, 2]), name='T2')
t.start()
t.join()
threading.setprofile(None)
print('len' in profiled)
