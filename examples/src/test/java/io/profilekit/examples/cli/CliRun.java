package io.profilekit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of the command line in this JVM with a given environment: its exit code, standard output
 * and standard error.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int code, String out, String err) {
    /** Runs the command line with an environment (credentials, cache folders) instead of the process's. */
    static CliRun of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ProfileKitCli cli = new ProfileKitCli();
        cli.environment = environment;
        int code = ProfileKitCli.run(cli, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
