# At exit, non-daemon threads are joined before atexit callbacks run;
# a daemon thread still running when the program ends does not stop it.
import atexit, threading, time

order = []
atexit.register(lambda: print('atexit', order))

def late():
    time.sleep(0.05)
    order.append('worker done')

def forever():
    while True:
        time.sleep(0.001)
        [i for i in range(100)]

threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
for _ in range(3):
    threading.Thread(target=forever, daemon=True).start()
print('main done')
