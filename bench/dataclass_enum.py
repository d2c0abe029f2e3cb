"""dataclass_enum: code built on dataclasses and enum -- an order book.

usage: krait bench/dataclass_enum.py [n]      n = number of orders

Dataclasses with defaults, field(default_factory=...), order=True and
frozen=True, __post_init__, dataclasses.replace/asdict/astuple; Enum,
IntEnum and Flag members used as dict keys, compared, iterated, looked up
by value and by name, and combined with | and &.  Self-check: the book's
totals recomputed from the raw order list, enum round trips, and frozen
instances refusing assignment.
"""
import dataclasses
import enum
import sys
from dataclasses import dataclass, field

DEFAULT = 130000
TINY = 100
SMALL = 1000  # callgrind size: about 1/20 of the default work


class Side(enum.Enum):
    BUY = "buy"
    SELL = "sell"


class Status(enum.IntEnum):
    NEW = 1
    PARTIAL = 2
    FILLED = 3
    CANCELLED = 4


class Flags(enum.Flag):
    NONE = 0
    IOC = enum.auto()
    HIDDEN = enum.auto()
    POST_ONLY = enum.auto()


@dataclass(frozen=True, order=True)
class Price:
    ticks: int

    def as_float(self):
        return self.ticks / 100


@dataclass
class Order:
    ident: int
    side: Side
    price: Price
    qty: int
    flags: Flags = Flags.NONE
    status: Status = Status.NEW
    fills: list = field(default_factory=list)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError("quantity must be positive")

    @property
    def remaining(self):
        return self.qty - sum(self.fills)


@dataclass
class Book:
    bids: dict = field(default_factory=dict)
    asks: dict = field(default_factory=dict)
    traded: int = 0
    trades: int = 0

    def side_for(self, side):
        return self.bids if side is Side.BUY else self.asks

    def best(self, side):
        levels = self.side_for(side)
        if not levels:
            return None
        return max(levels) if side is Side.BUY else min(levels)

    def add(self, order):
        opposite = Side.SELL if order.side is Side.BUY else Side.BUY
        while order.remaining > 0:
            best = self.best(opposite)
            if best is None:
                break
            if order.side is Side.BUY and best > order.price:
                break
            if order.side is Side.SELL and best < order.price:
                break
            queue = self.side_for(opposite)[best]
            resting = queue[0]
            qty = min(order.remaining, resting.remaining)
            order.fills.append(qty)
            resting.fills.append(qty)
            self.traded += qty
            self.trades += 1
            for o in (order, resting):
                o.status = Status.FILLED if o.remaining == 0 else Status.PARTIAL
            if resting.remaining == 0:
                queue.pop(0)
                if not queue:
                    del self.side_for(opposite)[best]
        if order.remaining > 0 and not (order.flags & Flags.IOC):
            self.side_for(order.side).setdefault(order.price, []).append(order)
        elif order.remaining > 0:
            order.status = Status.CANCELLED


def make_orders(n):
    orders = []
    s = 99
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        side = Side.BUY if s & 1 else Side.SELL
        ticks = 10000 + (s >> 4) % 40 - (5 if side is Side.BUY else -5)
        flags = Flags.IOC if (s >> 9) % 7 == 0 else Flags.NONE
        if (s >> 12) % 11 == 0:
            flags |= Flags.HIDDEN
        orders.append(Order(i, side, Price(ticks), 1 + (s >> 14) % 50, flags))
    return orders


def bench(n):
    orders = make_orders(n)
    book = Book()
    for o in orders:
        book.add(o)
    by_status = {st: 0 for st in Status}
    for o in orders:
        by_status[o.status] += 1
    snapshot = [dataclasses.astuple(o.price) for o in orders[:200]]
    dicts = [dataclasses.asdict(o) for o in orders[:300]]
    repriced = [dataclasses.replace(o, price=Price(o.price.ticks + 1), fills=[]) for o in orders[:2000]]
    names = [Side(o.side.value).name + "/" + Status(int(o.status)).name for o in orders[: n // 2]]
    hidden = sum(1 for o in orders if Flags.HIDDEN in o.flags)
    return orders, book, by_status, snapshot, dicts, repriced, names, hidden


def check(n, result):
    orders, book, by_status, snapshot, dicts, repriced, names, hidden = result
    if sum(by_status.values()) != n:
        return "status counts"
    filled = sum(sum(o.fills) for o in orders)
    if filled != 2 * book.traded:
        return "fills %d vs traded %d" % (filled, book.traded)
    resting = sum(o.remaining for lv in list(book.bids.values()) + list(book.asks.values()) for o in lv)
    open_qty = sum(o.remaining for o in orders if o.status in (Status.NEW, Status.PARTIAL))
    if resting != open_qty:
        return "resting %d vs open %d" % (resting, open_qty)
    if book.bids and book.asks and max(book.bids) >= min(book.asks):
        return "crossed book"
    if any(o.remaining < 0 for o in orders):
        return "overfilled order"
    if snapshot and snapshot[0] != (orders[0].price.ticks,):
        return "astuple"
    if dicts and (dicts[0]["side"] is not orders[0].side or dicts[0]["price"] != {"ticks": orders[0].price.ticks}):
        return "asdict"
    if any(r.price.ticks != o.price.ticks + 1 or r.ident != o.ident for r, o in zip(repriced, orders)):
        return "replace"
    try:
        Price(1).ticks = 2
        return "frozen dataclass accepted assignment"
    except dataclasses.FrozenInstanceError:
        pass
    if Status["FILLED"] is not Status.FILLED or Status.FILLED != 3 or Status.NEW >= Status.PARTIAL:
        return "IntEnum semantics"
    if (Flags.IOC | Flags.HIDDEN) & Flags.HIDDEN is not Flags.HIDDEN:
        return "Flag algebra"
    if len(names) != n // 2 or not all("/" in s for s in names):
        return "names"
    if hidden != sum(1 for o in orders if o.flags & Flags.HIDDEN):
        return "hidden count"
    return None


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    result = bench(n)
    problem = check(n, result)
    if problem:
        print("dataclass_enum: WRONG:", problem, file=sys.stderr)
        sys.exit(3)
    print("dataclass_enum", n, result[1].traded, result[1].trades, sorted((k.name, v) for k, v in result[2].items()))
