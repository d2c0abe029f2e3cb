# coding: latin-1
s = 'ééé'; x = = 1
