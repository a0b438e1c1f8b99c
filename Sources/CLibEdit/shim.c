#include "CLibEdit.h"
int clibedit_placeholder(void) { return 0; }
