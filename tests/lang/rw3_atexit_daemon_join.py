# atexit callbacks run while daemon threads still run: a callback may wake
# a daemon monitor thread and join it (tqdm's TMonitor does this).
import atexit
import threading


class Monitor(threading.Thread):
    def __init__(self, name):
        threading.Thread.__init__(self, name=name)
        self.daemon = True
        self.stop = threading.Event()
        self.ticks = 0
        atexit.register(self.exit)
        self.start()

    def exit(self):
        self.stop.set()
        self.join(timeout=5)
        print(self.name, "joined", not self.is_alive())

    def run(self):
        while not self.stop.wait(10):
            self.ticks += 1


a = Monitor("first")
b = Monitor("second")

ready = threading.Event()
done = []


def worker():
    ready.wait(10)
    done.append("worker saw the event")


t = threading.Thread(target=worker, daemon=True)
t.start()


def wake():
    ready.set()
    t.join(timeout=5)
    print(done, t.is_alive())


atexit.register(wake)
print("main finished", threading.active_count())
