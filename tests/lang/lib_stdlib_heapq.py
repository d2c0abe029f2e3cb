import sys
sys.path.append('/usr/lib/python3.11')
import heapq
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, 'hello'), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)), heapq.nlargest(2, [(1, 'a'), (3, 'b')], key=lambda t: t[0]))
