# termios: errors without a terminal, argument checks, constants
import os, termios

r, w = os.pipe()
for call in [lambda: termios.tcgetattr(r), lambda: termios.tcgetattr('x'),
             lambda: termios.tcsetattr(r, termios.TCSANOW, 5),
             lambda: termios.tcsetattr(r, termios.TCSANOW, [1, 2, 3]),
             lambda: termios.tcsetattr(r, termios.TCSANOW, [0] * 6 + [[b'\0'] * 32]),
             lambda: termios.tcdrain(r), lambda: termios.tcflush(r, termios.TCIFLUSH),
             lambda: termios.tcflow(r, termios.TCOON), lambda: termios.tcsendbreak(r, 0),
             lambda: termios.tcgetwinsize(r), lambda: termios.tcsetwinsize(r, (24, 80)),
             lambda: termios.tcgetattr(-1), lambda: termios.tcgetattr(r, 1)]:
    try:
        call()
    except termios.error as e:
        print('termios.error', e.args)
    except Exception as e:
        print(type(e).__name__, e)
print(termios.error.__mro__[1].__name__, termios.error.__module__)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.NCCS)
print(termios.ECHO, termios.ICANON, termios.ISIG, termios.VMIN, termios.VTIME, termios.VEOF)
print(termios.B9600, termios.B38400, termios.B115200, termios.CS8, termios.CSIZE, termios.OPOST)
print(termios.TIOCGWINSZ, termios.TIOCSWINSZ, termios.FIONREAD, termios.VSWTCH, termios.VSWTC)
print(len([n for n in dir(termios) if n.isupper()]))
import tty
print(tty.IFLAG, tty.CC)
os.close(r); os.close(w)
