/* libedit shim: the variadic el_wset/history_w calls behind fixed-arity functions. */
#define _GNU_SOURCE /* ppoll */
#include "CLibEdit.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include <poll.h>

static volatile sig_atomic_t interrupt_flag = 0;
static volatile sig_atomic_t resize_flag = 0;

struct cle_editor {
  EditLine *el;
  HistoryW *history;
  wchar_t *prompt;
  cle_complete_fn complete;
  void *context;
};

/* ---- UTF-8 <-> UTF-32 without depending on the process locale ---- */

static char *utf8_from_wide(const wchar_t *text, size_t count) {
  char *out = malloc(count * 4 + 1);
  size_t n = 0;
  if (!out) return NULL;
  for (size_t i = 0; i < count; i++) {
    unsigned long c = (unsigned long)text[i];
    if (c < 0x80) {
      out[n++] = (char)c;
    } else if (c < 0x800) {
      out[n++] = (char)(0xC0 | (c >> 6));
      out[n++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out[n++] = (char)(0xE0 | (c >> 12));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x110000) {
      out[n++] = (char)(0xF0 | (c >> 18));
      out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[n] = '\0';
  return out;
}

static wchar_t *wide_from_utf8(const char *text) {
  size_t len = strlen(text);
  wchar_t *out = malloc((len + 1) * sizeof(wchar_t));
  size_t n = 0;
  const unsigned char *s = (const unsigned char *)text;
  if (!out) return NULL;
  for (size_t i = 0; i < len;) {
    unsigned long c = s[i];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && extra == 0) { i++; out[n++] = 0xFFFD; continue; }
    c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
    i++;
    for (int k = 0; k < extra && i < len && (s[i] & 0xC0) == 0x80; k++, i++)
      c = (c << 6) | (s[i] & 0x3F);
    out[n++] = (wchar_t)c;
  }
  out[n] = 0;
  return out;
}

/* ---- locale ---- */

int cle_setup_locale(void) {
  setlocale(LC_ALL, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
  /* Containers and CI often have no LANG; libedit then turns non-ASCII input into spaces. */
  if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8")) return 1;
  return 0;
}

/* ---- editor ---- */

static wchar_t *prompt_callback(EditLine *el) {
  cle_editor *editor = NULL;
  el_wget(el, EL_CLIENTDATA, (void **)&editor);
  static wchar_t empty[] = L"";
  return editor && editor->prompt ? editor->prompt : empty;
}

static unsigned char complete_callback(EditLine *el, int ch) {
  (void)ch;
  cle_editor *editor = NULL;
  el_wget(el, EL_CLIENTDATA, (void **)&editor);
  if (!editor || !editor->complete) return CC_ERROR;
  return editor->complete(editor->context, editor);
}

/* Our own character reader (EL_GETCFN): libedit's retries a read that EINTR broke, so Ctrl-C
   could be lost. SIGINT/SIGWINCH stay blocked except inside ppoll, so a signal arriving
   between the flag check and the wait still wakes it. Decodes UTF-8 into one wchar_t. */
static int read_wchar(EditLine *el, wchar_t *out) {
  sigset_t block, original;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGWINCH);
  sigprocmask(SIG_BLOCK, &block, &original);
  unsigned char bytes[4];
  int have = 0, need = 1, result;
  for (;;) {
    if (interrupt_flag) { errno = EINTR; result = -1; break; }
    if (resize_flag) {
      resize_flag = 0;
      el_resize(el); /* new width takes effect at the next redraw, as with EL_SIGNAL */
    }
    struct pollfd descriptor = {.fd = STDIN_FILENO, .events = POLLIN};
    if (ppoll(&descriptor, 1, NULL, &original) < 0) {
      if (errno == EINTR) continue;
      result = -1;
      break;
    }
    ssize_t count = read(STDIN_FILENO, bytes + have, 1);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) { result = (int)count; break; }
    if (have == 0) {
      unsigned char lead = bytes[0];
      need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    }
    if (++have < need) continue;
    bytes[have] = 0;
    unsigned long c = bytes[0];
    if (need > 1) {
      c &= need == 4 ? 0x07 : need == 3 ? 0x0F : 0x1F;
      for (int i = 1; i < need; i++) c = (c << 6) | (bytes[i] & 0x3F);
    }
    *out = (wchar_t)c;
    result = 1;
    break;
  }
  sigprocmask(SIG_SETMASK, &original, NULL);
  return result;
}

cle_editor *cle_create(const char *program, int history_size, cle_complete_fn complete,
                       void *context) {
  cle_editor *editor = calloc(1, sizeof(cle_editor));
  if (!editor) return NULL;
  editor->el = el_init(program, stdin, stdout, stderr);
  if (!editor->el) { free(editor); return NULL; }
  editor->complete = complete;
  editor->context = context;
  editor->prompt = wide_from_utf8("");

  HistEventW event;
  editor->history = history_winit();
  history_w(editor->history, &event, H_SETSIZE, history_size > 0 ? history_size : 1000);
  history_w(editor->history, &event, H_SETUNIQUE, 1);

  EditLine *el = editor->el;
  el_wset(el, EL_CLIENTDATA, (void *)editor);
  el_wset(el, EL_EDITOR, L"emacs");
  /* No EL_SIGNAL: its handler re-raises SIGINT and its reader retries the broken read, so
     Ctrl-C raced; read_wchar and the handlers below take its place. */
  el_wset(el, EL_GETCFN, read_wchar);
  el_wset(el, EL_PROMPT_ESC, prompt_callback, L'\1');
  el_wset(el, EL_HIST, history_w, editor->history);
  el_wset(el, EL_ADDFN, L"swarmlab-complete", L"Complete the word before the cursor",
          complete_callback);
  el_wset(el, EL_BIND, L"^I", L"swarmlab-complete", NULL);
  el_wset(el, EL_BIND, L"^R", L"em-inc-search-prev", NULL);
  el_wset(el, EL_BIND, L"\033[A", L"ed-prev-history", NULL);
  el_wset(el, EL_BIND, L"\033[B", L"ed-next-history", NULL);
  el_wset(el, EL_BIND, L"\033OA", L"ed-prev-history", NULL);
  el_wset(el, EL_BIND, L"\033OB", L"ed-next-history", NULL);
  el_wset(el, EL_BIND, L"\033[C", L"ed-next-char", NULL);
  el_wset(el, EL_BIND, L"\033[D", L"ed-prev-char", NULL);
  el_wset(el, EL_BIND, L"\033[H", L"ed-move-to-beg", NULL);
  el_wset(el, EL_BIND, L"\033[F", L"ed-move-to-end", NULL);
  el_wset(el, EL_BIND, L"\033[3~", L"ed-delete-next-char", NULL);
  el_wset(el, EL_BIND, L"\033[1;5C", L"em-next-word", NULL);
  el_wset(el, EL_BIND, L"\033[1;5D", L"ed-prev-word", NULL);
  return editor;
}

void cle_destroy(cle_editor *editor) {
  if (!editor) return;
  el_end(editor->el);
  history_wend(editor->history);
  free(editor->prompt);
  free(editor);
}

void cle_set_prompt(cle_editor *editor, const char *prompt_utf8) {
  wchar_t *prompt = wide_from_utf8(prompt_utf8);
  if (!prompt) return;
  free(editor->prompt);
  editor->prompt = prompt;
}

char *cle_gets(cle_editor *editor, int *status) {
  int count = 0;
  errno = 0;
  const wchar_t *line = el_wgets(editor->el, &count);
  if (!line) {
    /* count == 0 is EOF (errno may be stale); -1 with EINTR is an interrupt. */
    if (count == 0) *status = CLE_READ_EOF;
    else if (errno == EINTR) *status = CLE_READ_INTERRUPTED;
    else *status = CLE_READ_ERROR;
    return NULL;
  }
  size_t n = (size_t)count;
  while (n > 0 && (line[n - 1] == L'\n' || line[n - 1] == L'\r')) n--;
  *status = (int)n;
  return utf8_from_wide(line, n);
}

void cle_reset(cle_editor *editor) { el_reset(editor->el); }

char *cle_line_before_cursor(cle_editor *editor) {
  const LineInfoW *info = el_wline(editor->el);
  if (!info) return utf8_from_wide(L"", 0);
  return utf8_from_wide(info->buffer, (size_t)(info->cursor - info->buffer));
}

int cle_insert(cle_editor *editor, const char *text_utf8) {
  wchar_t *text = wide_from_utf8(text_utf8);
  if (!text) return -1;
  int result = el_winsertstr(editor->el, text);
  free(text);
  return result;
}

void cle_history_add(cle_editor *editor, const char *line_utf8) {
  wchar_t *line = wide_from_utf8(line_utf8);
  if (!line) return;
  HistEventW event;
  history_w(editor->history, &event, H_ENTER, line);
  free(line);
}

void cle_history_clear(cle_editor *editor) {
  HistEventW event;
  history_w(editor->history, &event, H_CLEAR);
}

void cle_write_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

char *cle_read_plain_line(int *status) {
  char *line = NULL;
  size_t capacity = 0;
  errno = 0;
  ssize_t count = getline(&line, &capacity, stdin);
  if (count < 0) {
    free(line);
    *status = errno == EINTR ? CLE_READ_INTERRUPTED : CLE_READ_EOF;
    if (errno == EINTR) clearerr(stdin);
    return NULL;
  }
  while (count > 0 && (line[count - 1] == '\n' || line[count - 1] == '\r')) line[--count] = '\0';
  *status = (int)count;
  return line;
}

int cle_terminal_columns(void) {
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  const char *columns = getenv("COLUMNS");
  if (columns && atoi(columns) > 0) return atoi(columns);
  return 80;
}

/* ---- signals ---- */

static volatile sig_atomic_t terminal_saved = 0;
static struct termios saved_termios;

static void on_interrupt(int signo) {
  (void)signo;
  interrupt_flag = 1;
}

static void on_resize(int signo) {
  (void)signo;
  resize_flag = 1;
}

/* A file to remove if a signal ends the process (the shell's `serve` socket): set and cleared
   from ordinary code, read by the handler, so the path is complete whenever the flag is. */
static char remove_path[4096];
static volatile sig_atomic_t remove_path_set = 0;
static volatile sig_atomic_t interactive_installed = 0;

static void on_terminate(int signo) {
  /* tcsetattr, unlink and raise are async-signal-safe. */
  if (terminal_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  if (remove_path_set) unlink(remove_path);
  signal(signo, SIG_DFL);
  raise(signo);
}

static void install_terminate_handlers(void) {
  static int installed = 0;
  if (installed) return;
  installed = 1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_terminate;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

void cle_install_signal_handlers(void) {
  static int installed = 0;
  if (installed) return;
  installed = 1;
  interactive_installed = 1;
  if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_termios) == 0) terminal_saved = 1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  /* No SA_RESTART: a blocked read must return EINTR so the editor can cancel the line. */
  action.sa_flags = 0;
  action.sa_handler = on_interrupt;
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = on_resize;
  sigaction(SIGWINCH, &action, NULL);
  install_terminate_handlers();
  atexit(cle_restore_terminal);
}

int cle_remove_on_terminate(const char *path) {
  remove_path_set = 0;
  atomic_signal_fence(memory_order_seq_cst);
  if (path == NULL) return 1;
  size_t length = strlen(path);
  if (length >= sizeof remove_path) return 0;
  memcpy(remove_path, path, length + 1);
  atomic_signal_fence(memory_order_seq_cst);
  remove_path_set = 1;
  install_terminate_handlers();
  /* Without the interactive handlers (stdin not a terminal) Ctrl-C ends the process too. */
  if (!interactive_installed) {
    struct sigaction current;
    if (sigaction(SIGINT, NULL, &current) == 0 && current.sa_handler == SIG_DFL) {
      struct sigaction action;
      memset(&action, 0, sizeof action);
      sigemptyset(&action.sa_mask);
      action.sa_handler = on_terminate;
      sigaction(SIGINT, &action, NULL);
    }
  }
  return 1;
}

int cle_interrupt_consume(void) {
  int was = interrupt_flag != 0;
  interrupt_flag = 0;
  return was;
}

int cle_interrupt_peek(void) { return interrupt_flag != 0; }

void cle_restore_terminal(void) {
  if (terminal_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}
