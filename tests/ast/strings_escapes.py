# Every escape sequence in str literals.
"\\ \' \" \a \b \f \n \r \t \v"
"\0 \1 \12 \123 \777"
"\x00 \x7f \xff \xAb"
"\u0000 \u00e9 \uFFFF \ud800 \udfff"
"\U00000041 \U0001F600 \U0010FFFF"
"\N{LATIN SMALL LETTER E WITH ACUTE} \N{EM DASH} \N{GRINNING FACE}"
"\N{space} \N{LATIN CAPITAL LETTER A}"
"line\
continued"
"\d \q \%"
'single \'quoted\' "mixed"'
"tab\there"
"""triple "with" 'quotes'"""
'\x1b[0m \x85 \xa0 \xad'
"\u2028\u2029\u200b\ufeff"
"\U000e0001 \U000f0000"
