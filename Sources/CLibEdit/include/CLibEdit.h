#ifndef CLIBEDIT_H
#define CLIBEDIT_H
int clibedit_placeholder(void);
#endif
