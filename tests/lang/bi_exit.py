try:
    exit()
except SystemExit as e:
    print('exit', e.code)
try:
    quit(3)
except SystemExit as e:
    print('quit', e.code)
try:
    exit('message')
except SystemExit as e:
    print('exit', e.code)
print(callable(exit), callable(quit))
print('done')
exit(4)
