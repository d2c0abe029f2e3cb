import sys
sys.path.append('/usr/lib/python3.11')
import bisect, operator
print(bisect.bisect([1, 2, 3], 2), operator.add(1, 2), operator.itemgetter(0)('ab'), operator.__add__(3, 4))
