# A global polled in a loop must see another thread's store: LOAD_GLOBAL's
# cache entry may never pair a new dict version with an old value.
import sys
import threading
import time

stage = 0
ROUNDS = 3000


def worker():
    global stage
    for i in range(ROUNDS):
        while stage != 2 * i + 1:
            time.sleep(0)
        stage = 2 * i + 2


def driver():
    global stage
    for i in range(ROUNDS):
        stage = 2 * i + 1
        while stage != 2 * i + 2:
            time.sleep(0)


t = threading.Thread(target=worker)
t.start()
driver()
t.join()
print("ping-pong done", stage)

# The shape of test_threading's test_print_exception: a flag flipped once.
for n in range(20):
    running = False

    def run():
        global running
        running = True
        while running:
            time.sleep(0.0005)

    t = threading.Thread(target=run)
    t.start()
    while not running:
        time.sleep(0.0005)
    running = False
    t.join()
print("flag rounds done")
