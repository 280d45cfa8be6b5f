package io.profilekit.oci;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A bcrypt htpasswd line, written by Apache's htpasswd (package apache2-utils). Test code. */
final class Htpasswd {
    private Htpasswd() {
    }

    static String line(String user, String password) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("htpasswd", "-Bbn", user, password).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("htpasswd (Debian package apache2-utils) is not installed; install it with"
                    + " 'apt-get install -y apache2-utils' (.ci/run does this) — the basic-auth tests need a bcrypt"
                    + " htpasswd file for the registry server", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("htpasswd failed: " + out);
        }
        return out.strip() + "\n";
    }
}
