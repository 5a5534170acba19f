/*
 * cli.h - subcommands of `tessera` that live outside main.c.
 *
 * Each takes main's argc/argv shifted so that argv[0] is the subcommand
 * name, and returns the process exit status (0 ok, 1 error, 2 usage).
 */
#ifndef TESSERA_CLI_CLI_H
#define TESSERA_CLI_CLI_H

int cli_datastore(int argc, char **argv);
int cli_import(int argc, char **argv);
int cli_jobs(int argc, char **argv);
int cli_imagesets(int argc, char **argv);
int cli_recover(int argc, char **argv);
int cli_tags(int argc, char **argv);
int cli_serve(int argc, char **argv);

/* Pull "--name VALUE" out of argv (compacting it; argv[0] is skipped);
 * NULL when absent or when the name is the last argument (left in place,
 * so the caller's leftover check reports it). */
const char *cli_take_opt(int *argc, char **argv, const char *name);

#endif
