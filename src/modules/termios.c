/*
 * termios.c -- the termios module: terminal attributes (tcgetattr,
 * tcsetattr), line control (tcsendbreak, tcdrain, tcflush, tcflow), the
 * window size (tcgetwinsize, tcsetwinsize, new in 3.11) and the
 * constants, what tty, getpass and curses-less programs use.
 *
 * Attributes cross as CPython's seven-item list [iflag, oflag, cflag,
 * lflag, ispeed, ospeed, cc], where cc holds one-byte bytes objects --
 * except VMIN and VTIME, which are ints when ICANON is off, since they are
 * counts there rather than characters.  Errors are termios.error(errno,
 * strerror), an Exception subclass of the module's own.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "modules/libutil.h"
#include "modules/modules.h"

#include "core/state.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/vm.h"

static Type termios_error_type = {
    .hdr = {&kr_type_type}, .name = "termios.error", .base = &kr_exc_Exception,
    .size = sizeof(Exc), .dict_offset = offsetof(Exc, dict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_EXC_SUBCLASS,
};

/* termios.error(errno, strerror(errno)) */
static Value term_error(Thread *th)
{
    int e = errno;
    Str *msg = kr_str_from_cstr(th, strerror(e));
    if (!msg)
        return KR_VALUE_NULL;
    Value args[2] = {kr_from_smallint(e), kr_from_obj(msg)};
    Value exc = kr_exception_new(th, &termios_error_type, args, 2);
    if (exc)
        kr_err_set(th, exc);
    return KR_VALUE_NULL;
}

static int int_arg(Thread *th, Value v, int64_t *out)
{
    if (!kr_is_int(v) && !kr_type_of(v)->index) {
        kr_err_format(th, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return kr_libutil_as_ssize(th, v, out);
}

/* fd and n more int arguments, all positional. */
static int fd_ints(Thread *th, const char *name, const Value *args, size_t nargs, Tuple *kw, int *fd,
                   int64_t *ints, size_t n)
{
    if (kr_libutil_no_keywords(th, name, kw) < 0)
        return -1;
    if (n == 0 && nargs != 1) {      /* METH_O's message */
        kr_err_format(th, &kr_exc_TypeError, "termios.%s() takes exactly one argument (%zu given)",
                      name, nargs);
        return -1;
    }
    if (kr_libutil_check_positional(th, name, nargs, n + 1, n + 1) < 0 || kr_libutil_fd_arg(th, args[0], fd) < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (int_arg(th, args[i + 1], &ints[i]) < 0)
            return -1;
    return 0;
}

KR_LIB_FUNC(termios_tcgetattr)
{
    int fd;
    struct termios t;
    if (fd_ints(th, "tcgetattr", args, nargs, kw, &fd, NULL, 0) < 0)
        return KR_VALUE_NULL;
    if (tcgetattr(fd, &t) < 0)
        return term_error(th);
    List *cc = kr_list_new(th, NCCS);
    if (!cc)
        return KR_VALUE_NULL;
    for (int i = 0; i < NCCS; i++) {
        Bytes *b = kr_bytes_new(th, &t.c_cc[i], 1);
        if (!b)
            return KR_VALUE_NULL;
        cc->items[i] = kr_from_obj(b);
    }
    if (!(t.c_lflag & ICANON)) {
        cc->items[VMIN] = kr_from_smallint(t.c_cc[VMIN]);
        cc->items[VTIME] = kr_from_smallint(t.c_cc[VTIME]);
    }
    Value v[7] = {kr_int_from_i64(th, t.c_iflag), kr_int_from_i64(th, t.c_oflag),
                  kr_int_from_i64(th, t.c_cflag), kr_int_from_i64(th, t.c_lflag),
                  kr_int_from_i64(th, cfgetispeed(&t)), kr_int_from_i64(th, cfgetospeed(&t)),
                  kr_from_obj(cc)};
    for (int i = 0; i < 7; i++)
        if (!v[i])
            return KR_VALUE_NULL;
    List *l = kr_list_from_array(th, v, 7);
    return l ? kr_from_obj(l) : KR_VALUE_NULL;
}

/* One control character: a bytes of length 1 or an int. */
static int cc_item(Thread *th, Value v, cc_t *out)
{
    if (kr_bytes_check(v) && kr_as_bytes(v)->len == 1) {
        *out = kr_as_bytes(v)->data[0];
        return 0;
    }
    int64_t i;
    if (kr_is_int(v) && kr_int_as_i64(th, v, &i) == 0) {
        *out = (cc_t)i;
        return 0;
    }
    kr_err_clear(th);
    kr_err_set_string(th, &kr_exc_TypeError,
                      "tcsetattr: elements of attributes must be characters or integers");
    return -1;
}

/* tcsetattr(fd, when, attributes) */
KR_LIB_FUNC(termios_tcsetattr)
{
    int fd;
    int64_t when;
    if (fd_ints(th, "tcsetattr", args, 2, kw, &fd, &when, 1) < 0 ||
        kr_libutil_check_positional(th, "tcsetattr", nargs, 3, 3) < 0)
        return KR_VALUE_NULL;
    Value attrs = args[2];
    if (!kr_list_check(attrs) || kr_as_list(attrs)->size != 7)
        return kr_err_type_error(th, "tcsetattr, arg 3: must be 7 element list");
    struct termios t;
    if (tcgetattr(fd, &t) < 0)
        return term_error(th);
    List *a = kr_as_list(attrs);
    int64_t f[6];
    for (int i = 0; i < 6; i++)
        if (int_arg(th, a->items[i], &f[i]) < 0)
            return KR_VALUE_NULL;
    Value cc = a->items[6];
    if (!kr_list_check(cc) || kr_as_list(cc)->size != NCCS)
        return kr_err_type_error(th, "tcsetattr: attributes[6] must be %d element list", NCCS);
    for (int i = 0; i < NCCS; i++)
        if (cc_item(th, kr_as_list(cc)->items[i], &t.c_cc[i]) < 0)
            return KR_VALUE_NULL;
    t.c_iflag = (tcflag_t)f[0];
    t.c_oflag = (tcflag_t)f[1];
    t.c_cflag = (tcflag_t)f[2];
    t.c_lflag = (tcflag_t)f[3];
    if (cfsetispeed(&t, (speed_t)f[4]) < 0 || cfsetospeed(&t, (speed_t)f[5]) < 0 ||
        tcsetattr(fd, (int)when, &t) < 0)
        return term_error(th);
    return KR_NONE;
}

KR_LIB_FUNC(termios_tcsendbreak)
{
    int fd;
    int64_t d;
    if (fd_ints(th, "tcsendbreak", args, nargs, kw, &fd, &d, 1) < 0)
        return KR_VALUE_NULL;
    return tcsendbreak(fd, (int)d) < 0 ? term_error(th) : KR_NONE;
}

KR_LIB_FUNC(termios_tcdrain)
{
    int fd;
    if (fd_ints(th, "tcdrain", args, nargs, kw, &fd, NULL, 0) < 0)
        return KR_VALUE_NULL;
    int r;
    while ((r = tcdrain(fd)) < 0 && errno == EINTR)
        if (kr_vm_check_signals(th) < 0)
            return KR_VALUE_NULL;
    return r < 0 ? term_error(th) : KR_NONE;
}

KR_LIB_FUNC(termios_tcflush)
{
    int fd;
    int64_t q;
    if (fd_ints(th, "tcflush", args, nargs, kw, &fd, &q, 1) < 0)
        return KR_VALUE_NULL;
    return tcflush(fd, (int)q) < 0 ? term_error(th) : KR_NONE;
}

KR_LIB_FUNC(termios_tcflow)
{
    int fd;
    int64_t action;
    if (fd_ints(th, "tcflow", args, nargs, kw, &fd, &action, 1) < 0)
        return KR_VALUE_NULL;
    return tcflow(fd, (int)action) < 0 ? term_error(th) : KR_NONE;
}

KR_LIB_FUNC(termios_tcgetwinsize)
{
    int fd;
    struct winsize w;
    if (fd_ints(th, "tcgetwinsize", args, nargs, kw, &fd, NULL, 0) < 0)
        return KR_VALUE_NULL;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return term_error(th);
    Value v[2] = {kr_from_smallint(w.ws_row), kr_from_smallint(w.ws_col)};
    Tuple *t = kr_tuple_from_array(th, v, 2);
    return t ? kr_from_obj(t) : KR_VALUE_NULL;
}

/* tcsetwinsize(fd, (rows, columns)) */
KR_LIB_FUNC(termios_tcsetwinsize)
{
    int fd;
    struct winsize w;
    if (kr_libutil_no_keywords(th, "tcsetwinsize", kw) < 0 ||
        kr_libutil_check_positional(th, "tcsetwinsize", nargs, 2, 2) < 0 || kr_libutil_fd_arg(th, args[0], &fd) < 0)
        return KR_VALUE_NULL;
    List *l = kr_list_from_iterable(th, args[1]);
    if (!l || l->size != 2) {
        kr_err_clear(th);
        return kr_err_type_error(th, "tcsetwinsize, arg 2: must be a two-item sequence");
    }
    int64_t rows, cols;
    if (int_arg(th, l->items[0], &rows) < 0 || int_arg(th, l->items[1], &cols) < 0)
        return KR_VALUE_NULL;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return term_error(th);
    if (rows < 0 || rows > USHRT_MAX || cols < 0 || cols > USHRT_MAX) {
        kr_err_set_string(th, &kr_exc_OverflowError, "winsize value(s) out of range.");
        return KR_VALUE_NULL;
    }
    w.ws_row = (unsigned short)rows;
    w.ws_col = (unsigned short)cols;
    return ioctl(fd, TIOCSWINSZ, &w) < 0 ? term_error(th) : KR_NONE;
}

static const MethodDef termios_functions[] = {
    {"tcgetattr", termios_tcgetattr, "($module, fd, /)", NULL, 0},
    {"tcsetattr", termios_tcsetattr, "($module, fd, when, attributes, /)", NULL, 0},
    {"tcsendbreak", termios_tcsendbreak, "($module, fd, duration, /)", NULL, 0},
    {"tcdrain", termios_tcdrain, "($module, fd, /)", NULL, 0},
    {"tcflush", termios_tcflush, "($module, fd, queue, /)", NULL, 0},
    {"tcflow", termios_tcflow, "($module, fd, action, /)", NULL, 0},
    {"tcgetwinsize", termios_tcgetwinsize, "($module, fd, /)", NULL, 0},
    {"tcsetwinsize", termios_tcsetwinsize, "($module, fd, winsize, /)", NULL, 0},
    {0},
};

/* The constants CPython's termios exports on Linux (VSWTCH is glibc's VSWTC). */
#define C(name) {#name, (long)(name)}
static const struct { const char *name; long value; } termios_constants[] = {
    C(B0), C(B1000000), C(B110), C(B115200), C(B1152000), C(B1200), C(B134), C(B150), C(B1500000),
    C(B1800), C(B19200), C(B200), C(B2000000), C(B230400), C(B2400), C(B2500000), C(B300),
    C(B3000000), C(B3500000), C(B38400), C(B4000000), C(B460800), C(B4800), C(B50), C(B500000),
    C(B57600), C(B576000), C(B600), C(B75), C(B921600), C(B9600), C(BRKINT), C(BS0), C(BS1),
    C(BSDLY), C(CBAUD), C(CBAUDEX), C(CDSUSP), C(CEOF), C(CEOL), C(CEOT), C(CERASE), C(CFLUSH),
    C(CIBAUD), C(CINTR), C(CKILL), C(CLNEXT), C(CLOCAL), C(CQUIT), C(CR0), C(CR1), C(CR2), C(CR3),
    C(CRDLY), C(CREAD), C(CRPRNT), C(CRTSCTS), C(CS5), C(CS6), C(CS7), C(CS8), C(CSIZE), C(CSTART),
    C(CSTOP), C(CSTOPB), C(CSUSP), C(CWERASE), C(ECHO), C(ECHOCTL), C(ECHOE), C(ECHOK), C(ECHOKE),
    C(ECHONL), C(ECHOPRT), C(EXTA), C(EXTB), C(FF0), C(FF1), C(FFDLY), C(FIOASYNC), C(FIOCLEX),
    C(FIONBIO), C(FIONCLEX), C(FIONREAD), C(FLUSHO), C(HUPCL), C(ICANON), C(ICRNL), C(IEXTEN),
    C(IGNBRK), C(IGNCR), C(IGNPAR), C(IMAXBEL), C(INLCR), C(INPCK), C(IOCSIZE_MASK),
    C(IOCSIZE_SHIFT), C(ISIG), C(ISTRIP), C(IUCLC), C(IXANY), C(IXOFF), C(IXON), C(NCC), C(NCCS),
    C(NL0), C(NL1), C(NLDLY), C(NOFLSH), C(N_MOUSE), C(N_PPP), C(N_SLIP), C(N_STRIP), C(N_TTY),
    C(OCRNL), C(OFDEL), C(OFILL), C(OLCUC), C(ONLCR), C(ONLRET), C(ONOCR), C(OPOST), C(PARENB),
    C(PARMRK), C(PARODD), C(PENDIN), C(TAB0), C(TAB1), C(TAB2), C(TAB3), C(TABDLY), C(TCFLSH),
    C(TCGETA), C(TCGETS), C(TCIFLUSH), C(TCIOFF), C(TCIOFLUSH), C(TCION), C(TCOFLUSH), C(TCOOFF),
    C(TCOON), C(TCSADRAIN), C(TCSAFLUSH), C(TCSANOW), C(TCSBRK), C(TCSBRKP), C(TCSETA), C(TCSETAF),
    C(TCSETAW), C(TCSETS), C(TCSETSF), C(TCSETSW), C(TCXONC), C(TIOCCONS), C(TIOCEXCL), C(TIOCGETD),
    C(TIOCGICOUNT), C(TIOCGLCKTRMIOS), C(TIOCGPGRP), C(TIOCGSERIAL), C(TIOCGSOFTCAR), C(TIOCGWINSZ),
    C(TIOCINQ), C(TIOCLINUX), C(TIOCMBIC), C(TIOCMBIS), C(TIOCMGET), C(TIOCMIWAIT), C(TIOCMSET),
    C(TIOCM_CAR), C(TIOCM_CD), C(TIOCM_CTS), C(TIOCM_DSR), C(TIOCM_DTR), C(TIOCM_LE), C(TIOCM_RI),
    C(TIOCM_RNG), C(TIOCM_RTS), C(TIOCM_SR), C(TIOCM_ST), C(TIOCNOTTY), C(TIOCNXCL), C(TIOCOUTQ),
    C(TIOCPKT), C(TIOCPKT_DATA), C(TIOCPKT_DOSTOP), C(TIOCPKT_FLUSHREAD), C(TIOCPKT_FLUSHWRITE),
    C(TIOCPKT_NOSTOP), C(TIOCPKT_START), C(TIOCPKT_STOP), C(TIOCSCTTY), C(TIOCSERCONFIG),
    C(TIOCSERGETLSR), C(TIOCSERGETMULTI), C(TIOCSERGSTRUCT), C(TIOCSERGWILD), C(TIOCSERSETMULTI),
    C(TIOCSERSWILD), C(TIOCSER_TEMT), C(TIOCSETD), C(TIOCSLCKTRMIOS), C(TIOCSPGRP), C(TIOCSSERIAL),
    C(TIOCSSOFTCAR), C(TIOCSTI), C(TIOCSWINSZ), C(TOSTOP), C(VDISCARD), C(VEOF), C(VEOL), C(VEOL2),
    C(VERASE), C(VINTR), C(VKILL), C(VLNEXT), C(VMIN), C(VQUIT), C(VREPRINT), C(VSTART), C(VSTOP),
    C(VSUSP), C(VSWTC), C(VT0), C(VT1), C(VTDLY), C(VTIME), C(VWERASE), C(XCASE), C(XTABS),
    {"VSWTCH", VSWTC},
};
#undef C

int kr_mod_termios_init(Thread *th)
{
    Module *m = kr_libutil_module(th, "termios", termios_functions);
    if (!m || kr_type_ready(th, &termios_error_type) < 0 ||
        kr_libutil_add_value(th, m, "error", kr_from_obj(&termios_error_type)) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(termios_constants); i++)
        if (kr_libutil_add_value(th, m, termios_constants[i].name,
                                 kr_int_from_i64(th, termios_constants[i].value)) < 0)
            return -1;
    return 0;
}
