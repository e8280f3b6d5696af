/**
 * The {@code hccbm} command line ({@code java -jar hccbm.jar COMMAND}); see {@code docs/cli.md}.
 *
 * <p>Not an API: only {@link org.hccbm.cli.HccbmCli} is public, for its {@code main} and {@code
 * run} entry points; embed the library modules instead.
 */
package org.hccbm.cli;
