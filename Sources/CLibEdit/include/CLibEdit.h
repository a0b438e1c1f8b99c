#ifndef CLIBEDIT_H
#define CLIBEDIT_H

/* Non-variadic wrappers around libedit, callable from Swift (el_set/history are C varargs). */

#include <stddef.h>

typedef struct cle_editor cle_editor;

/* Called on TAB; returns one of the CC_* codes of histedit.h (see CLE_CC_*). */
typedef unsigned char (*cle_complete_fn)(void *context, cle_editor *editor);

enum {
  CLE_CC_NORM = 0,
  CLE_CC_NEWLINE = 1,
  CLE_CC_EOF = 2,
  CLE_CC_ARGHACK = 3,
  CLE_CC_REFRESH = 4,
  CLE_CC_CURSOR = 5,
  CLE_CC_ERROR = 6,
  CLE_CC_FATAL = 7,
  CLE_CC_REDISPLAY = 8,
  CLE_CC_REFRESH_BEEP = 9
};

/* Result codes of cle_gets when it returns NULL. */
enum { CLE_READ_EOF = 0, CLE_READ_INTERRUPTED = -1, CLE_READ_ERROR = -2 };

/* setlocale(LC_ALL, "") and, when the result is not UTF-8, LC_CTYPE=C.UTF-8. Returns 1 if UTF-8. */
int cle_setup_locale(void);

/* A libedit editor on stdin/stdout/stderr in emacs mode with history, Ctrl-R and TAB bound. */
cle_editor *cle_create(const char *program, int history_size, cle_complete_fn complete,
                       void *context);
void cle_destroy(cle_editor *editor);

/* The prompt (UTF-8); bytes between two \001 are non-printing (ANSI colour). */
void cle_set_prompt(cle_editor *editor, const char *prompt_utf8);

/* Reads one line; returns a malloc'd UTF-8 string without the trailing newline, or NULL with
   *status set to CLE_READ_EOF, CLE_READ_INTERRUPTED or CLE_READ_ERROR. */
char *cle_gets(cle_editor *editor, int *status);

/* Drops a half-typed line and resets the terminal state after an interrupted read. */
void cle_reset(cle_editor *editor);

/* The current line up to the cursor as malloc'd UTF-8 (valid inside the TAB callback). */
char *cle_line_before_cursor(cle_editor *editor);
/* Inserts UTF-8 text at the cursor; returns 0 on success. */
int cle_insert(cle_editor *editor, const char *text_utf8);

void cle_history_add(cle_editor *editor, const char *line_utf8);
void cle_history_clear(cle_editor *editor);

/* Writes UTF-8 text to stdout and flushes (the same FILE libedit draws on). */
void cle_write_stdout(const char *text);

/* Plain getline on stdin for pipes and dumb terminals: malloc'd line without newline, or NULL
   with *status CLE_READ_EOF or CLE_READ_INTERRUPTED (a signal broke the read). */
char *cle_read_plain_line(int *status);

/* Terminal width in columns (80 when unknown). */
int cle_terminal_columns(void);

/* Interrupt flag: SIGINT sets it (signal-safe), Swift polls and clears it. SIGTERM and SIGHUP
   restore the terminal saved at install time, then terminate as the signal would. */
void cle_install_signal_handlers(void);
int cle_interrupt_consume(void);
int cle_interrupt_peek(void);
void cle_restore_terminal(void);
/* The file SIGTERM and SIGHUP (and SIGINT when the interactive handlers are not installed)
   remove before the process ends; NULL forgets it. Installs those handlers if needed. Returns
   0 when the path is too long to keep (nothing is then removed). */
int cle_remove_on_terminate(const char *path);

#endif
