"""scheduler: a cooperative operating-system kernel simulation (tasks, packets, devices).

usage: krait bench/scheduler.py [n]      n = number of work packets injected

Object-oriented code in the style of a real-time kernel: a ready queue of
task control blocks ordered by priority, tasks that wait for packets, hold,
and release each other, device tasks that take several ticks, and a packet
pool.  Many small methods, attribute reads and writes, linked lists made of
objects, isinstance-free virtual dispatch.
Self-check: every packet injected is processed exactly once and returned to
the pool, the per-device counts add up, and the work checksum matches a
direct computation.
"""
import sys

DEFAULT = 50000
TINY = 200
SMALL = 1200  # callgrind size: about 1/20 of the default work

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    __slots__ = ("link", "owner", "kind", "datum", "payload")

    def __init__(self, kind, owner):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.payload = [0, 0, 0, 0]

    def append_to(self, head):
        self.link = None
        if head is None:
            return self
        p = head
        while p.link is not None:
            p = p.link
        p.link = self
        return head


class Task:
    def __init__(self, kernel, ident, priority):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.inbox = None
        self.waiting = False
        self.held = False
        self.next_ready = None
        self.runs = 0

    def runnable(self):
        return not self.held and not (self.waiting and self.inbox is None)

    def take_packet(self):
        p = self.inbox
        if p is not None:
            self.inbox = p.link
            p.link = None
        return p

    def deliver(self, packet):
        self.inbox = packet.append_to(self.inbox)
        if self.waiting:
            self.waiting = False
            return True
        return False

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, budget):
        Task.__init__(self, kernel, ident, priority)
        self.budget = budget
        self.seed = 1

    def step(self):
        self.budget -= 1
        if self.budget == 0:
            self.kernel.hold(self)
            return
        # pseudo-random choice of which device handler to release
        if self.seed & 1 == 0:
            self.seed >>= 1
            self.kernel.release(HANDLER_A)
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.kernel.release(HANDLER_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, to_inject):
        Task.__init__(self, kernel, ident, priority)
        self.to_inject = to_inject
        self.destination = HANDLER_A
        self.counter = 0

    def step(self):
        k = self.kernel
        packet = self.take_packet()
        if packet is None:
            packet = k.new_packet(self.ident) if self.to_inject > 0 else None
            if packet is None:
                self.waiting = True
                return
            self.to_inject -= 1
            k.injected += 1
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        for i in range(4):
            self.counter = (self.counter + 7) % 26
            packet.payload[i] = self.counter + 1
        packet.datum = 0
        k.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, device):
        Task.__init__(self, kernel, ident, priority)
        self.device = device
        self.work = None

    def step(self):
        k = self.kernel
        packet = self.take_packet()
        if packet is not None:
            self.work = packet.append_to(self.work)
        if self.work is None:
            self.waiting = True
            return
        w = self.work
        if w.datum < 4:
            dev_packet = k.new_packet(self.ident)
            if dev_packet is None:
                self.waiting = True
                return
            dev_packet.datum = w.payload[w.datum]
            w.datum += 1
            k.send(dev_packet, self.device)
        else:
            self.work = w.link
            k.finish(w)


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority)
        self.busy = None
        self.ticks = 0
        self.handled = 0

    def step(self):
        k = self.kernel
        if self.busy is None:
            self.busy = self.take_packet()
            if self.busy is None:
                self.waiting = True
                return
            self.ticks = self.busy.datum % 3 + 1
            k.checksum += self.busy.datum * (self.ident + 1)
        self.ticks -= 1
        if self.ticks == 0:
            self.handled += 1
            p = self.busy
            self.busy = None
            k.free_packet(p)


class Kernel:
    def __init__(self, packets, pool_size):
        self.tasks = {}
        self.ready_head = None
        self.pool = None
        for _ in range(pool_size):
            p = Packet(0, -1)
            p.link = self.pool
            self.pool = p
        self.pool_size = pool_size
        self.injected = 0
        self.finished = 0
        self.checksum = 0
        self.switches = 0
        self.add(IdleTask(self, IDLE, 0, packets * 12 + 100))
        self.add(WorkerTask(self, WORKER, 1000, packets))
        self.add(HandlerTask(self, HANDLER_A, 2000, DEVICE_A))
        self.add(HandlerTask(self, HANDLER_B, 3000, DEVICE_B))
        self.add(DeviceTask(self, DEVICE_A, 4000))
        self.add(DeviceTask(self, DEVICE_B, 5000))

    def add(self, task):
        self.tasks[task.ident] = task
        # ready list sorted by decreasing priority
        prev, cur = None, self.ready_head
        while cur is not None and cur.priority > task.priority:
            prev, cur = cur, cur.next_ready
        task.next_ready = cur
        if prev is None:
            self.ready_head = task
        else:
            prev.next_ready = task

    def new_packet(self, owner):
        p = self.pool
        if p is None:
            return None
        self.pool = p.link
        p.link = None
        p.owner = owner
        return p

    def free_packet(self, p):
        p.link = self.pool
        p.owner = -1
        self.pool = p

    def send(self, packet, dest):
        self.tasks[dest].deliver(packet)

    def finish(self, packet):
        self.finished += 1
        self.free_packet(packet)

    def hold(self, task):
        task.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def run(self):
        while True:
            task = self.ready_head
            while task is not None and not task.runnable():
                task = task.next_ready
            if task is None:
                return
            self.switches += 1
            task.runs += 1
            task.step()


def bench(n):
    k = Kernel(n, 12)
    k.run()
    return k


def check(n, k):
    if k.injected != n:
        return "injected %d of %d" % (k.injected, n)
    if k.finished != n:
        return "finished %d of %d" % (k.finished, n)
    free = 0
    p = k.pool
    while p is not None:
        free += 1
        p = p.link
    if free != k.pool_size:
        return "packets leaked: %d of %d in pool" % (free, k.pool_size)
    handled = k.tasks[DEVICE_A].handled + k.tasks[DEVICE_B].handled
    if handled != 4 * n:
        return "devices handled %d, expected %d" % (handled, 4 * n)
    # the worker fills payloads with a counter stepping by 7 mod 26; handlers
    # alternate A, B, so the checksum is computable directly
    counter, expect, dest = 0, 0, HANDLER_A
    for _ in range(n):
        dest = HANDLER_B if dest == HANDLER_A else HANDLER_A
        dev = DEVICE_A if dest == HANDLER_A else DEVICE_B
        for i in range(4):
            counter = (counter + 7) % 26
            expect += (counter + 1) * (dev + 1)
    if expect != k.checksum:
        return "checksum %d, expected %d" % (k.checksum, expect)
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("scheduler: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("scheduler", n, result.switches, result.checksum)
