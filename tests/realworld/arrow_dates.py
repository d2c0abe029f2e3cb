# requires: arrow dateutil
# arrow: parsing, shifting, formatting, humanizing fixed instants.
import arrow
import datetime

a = arrow.get("2023-03-14T15:09:26+00:00")
print(a, a.timestamp(), a.format("YYYY-MM-DD HH:mm:ss ZZ"), a.format("dddd, MMMM D, YYYY h:mm A"))
print(a.shift(days=+3, hours=-2), a.shift(months=1).isoformat(), a.shift(weeks=-1).date())
print(a.to("US/Pacific"), a.to("Asia/Tokyo").format("HH:mm ZZZ"))
print(a.floor("hour"), a.ceil("day"), a.span("month"))
print(arrow.get("2020-02-29", "YYYY-MM-DD").shift(years=1))
print(arrow.get("14/03/2023 10:05", "DD/MM/YYYY HH:mm"), arrow.get(1700000000), arrow.get(1700000000.5))
print(arrow.get(datetime.datetime(2021, 1, 1, 12, 0)), arrow.get(datetime.date(2022, 5, 6)))
b = a.shift(hours=-5)
print(b.humanize(a), a.humanize(b), a.shift(days=-40).humanize(a), a.shift(seconds=-30).humanize(a, granularity="second"))
print(a.humanize(a.shift(years=2)), a.humanize(a.shift(minutes=90), locale="fr"), a.humanize(a.shift(days=3), locale="de"))
print([str(r) for r in arrow.Arrow.range("day", a, a.shift(days=3))])
print([(s.format("MM-DD"), e.format("MM-DD")) for s, e in arrow.Arrow.span_range("week", a, a.shift(weeks=2))])
print(a < b, a == arrow.get("2023-03-14T15:09:26Z"), (a - b), a.weekday(), a.isoweekday(), a.isocalendar())
print(a.replace(hour=0, minute=0), a.replace(tzinfo="Europe/Paris"), a.dehumanize("in 2 days"))
print(a.format("X x W"), a.strftime("%j %U %a"), a.for_json())
try:
    arrow.get("not a date")
except Exception as e:
    print(type(e).__name__)
print(arrow.get("2023-W11-2"), arrow.get("2023-073"))
print(list(a.interval("hour", a, a.shift(hours=2))))
