# babel as its users use it: dates, numbers, currencies, plurals, locale data.
# requires: babel
import datetime, decimal
from babel import Locale, dates, numbers, plural, lists, units
d = datetime.datetime(2024, 3, 9, 14, 5, 7)
for loc in ['en_US', 'de_DE', 'fr_FR', 'ja_JP', 'ru_RU', 'ar_EG', 'pt_BR']:
    print(loc, dates.format_date(d, format='full', locale=loc), '|',
          dates.format_datetime(d, format='medium', locale=loc, tzinfo=datetime.timezone.utc), '|',
          dates.format_time(d, format='short', locale=loc))
    print(' ', numbers.format_decimal(1234567.891, locale=loc), numbers.format_percent(0.256, locale=loc),
          numbers.format_currency(1099.5, 'EUR', locale=loc), numbers.format_scientific(12345, locale=loc))
l = Locale.parse('de_CH')
print(l.display_name, l.english_name, l.territories['US'], l.languages['fr'])
print(Locale('en').days['format']['wide'][0], Locale('es').months['format']['wide'][12])
print(dates.format_timedelta(datetime.timedelta(days=3, hours=5), locale='en'),
      dates.format_timedelta(datetime.timedelta(seconds=-90), add_direction=True, locale='de'))
print(dates.format_date(d, "EEE, d MMM yyyy 'week' w", locale='en'))
print(dates.parse_date('3/9/24', locale='en_US'), dates.parse_time('14:05', locale='de'))
print(numbers.parse_decimal('1.234,5', locale='de'), numbers.parse_number('1,099', locale='en'))
print(numbers.format_currency(decimal.Decimal('-3.5'), 'JPY', locale='ja'))
print(numbers.get_currency_name('USD', locale='fr'), numbers.get_currency_symbol('GBP', locale='en'))
p = plural.PluralRule({'one': 'n is 1', 'few': 'n in 2..4'})
print([p(n) for n in range(6)], Locale('ru').plural_form(21), Locale('ru').plural_form(5))
print(lists.format_list(['a', 'b', 'c'], locale='en'), lists.format_list(['x', 'y'], locale='fr'))
print(units.format_unit(12, 'length-meter', locale='en'), units.format_unit(3.5, 'mass-kilogram', 'short', locale='de'))
