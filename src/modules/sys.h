/*
 * sys.h -- what the command line (main.c) tells the sys module (sys.c).
 *
 * main.c parses CPython's options into a KrCmdline; after the VM starts,
 * kr_mod_sys_configure makes sys reflect them: sys.flags, warnoptions,
 * _xoptions, orig_argv, the int_max_str_digits limit, and sys.path as the
 * flags shape it (-E/-I drop PYTHONPATH, -P/-I the script's directory,
 * -S/-s the site directories).
 */
#ifndef KR_MOD_SYS_H
#define KR_MOD_SYS_H

#include "core/state.h"

typedef struct KrCmdline {
    /* sys.flags, in its field order (dev_mode and safe_path are bools) */
    int debug, inspect, interactive, optimize, dont_write_bytecode, no_user_site, no_site,
        ignore_environment, verbose, bytes_warning, quiet, hash_randomization, isolated,
        dev_mode, utf8_mode, warn_default_encoding, safe_path, int_max_str_digits;
    int unbuffered;                 /* -u */
    bool utf8_set;                  /* -X utf8[=0|1] given: PYTHONUTF8 and the locale don't decide */
    int orig_argc;                  /* sys.orig_argv: the whole command line */
    char **orig_argv;
    const char **warnoptions;       /* -W, in order */
    int nwarnoptions;
    const char **xoptions;          /* -X, in order ("name" or "name=value") */
    int nxoptions;
} KrCmdline;

/* After kr_vm_set_script_path and kr_vm_set_argv.  0 or -1. */
KR_MUST_CHECK int kr_mod_sys_configure(Thread *th, const KrCmdline *cl);

/* sys.executable and sys._base_executable from argv[0] and a venv's
 * pyvenv.cfg (sys_getpath.c).  0 or -1. */
/* pyvenv.cfg's "home" in dir (a virtual environment's root or bin/), appended
 * to home; false when dir has no pyvenv.cfg or it names no home. */
bool kr_sys_venv_home(const char *dir, Buf *home);
KR_MUST_CHECK int kr_mod_sys_set_executable(Thread *th, Module *m, const KrCmdline *cl);

#endif
