package io.profilekit.oci;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Issues the JWTs of distribution's token authentication, signed RS256 with a throw-away key whose
 * self-signed certificate (made by openssl) the registry trusts; the certificate travels in the
 * token's {@code x5c} header. Test code.
 */
final class TokenIssuer {
    static final String ISSUER = "profilekit-test-issuer";
    static final String SERVICE = "profilekit-test";
    final Path certificate;
    private final PrivateKey key;
    private final String certificateDer;

    TokenIssuer(Path dir) throws Exception {
        Path keyFile = dir.resolve("token.key");
        certificate = dir.resolve("token.crt");
        Process p;
        try {
            p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    keyFile.toString(), "-out", certificate.toString(), "-days", "1", "-subj", "/CN=profilekit-test")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("openssl is not installed; the token-auth test makes its signing key with it"
                    + " ('apt-get install -y openssl')", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("openssl failed: " + out);
        }
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(keyFile)));
        certificateDer = Base64.getEncoder().encodeToString(pem(certificate));
    }

    private static byte[] pem(Path file) throws Exception {
        String body = Files.readAllLines(file).stream().filter(l -> !l.startsWith("-----"))
                .collect(Collectors.joining());
        return Base64.getDecoder().decode(body);
    }

    /** A token granting actions on scopes, e.g. {@code repository:a/b:pull,push} or {@code registry:catalog:*}. */
    String token(String subject, List<String> scopes) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String access = scopes.stream().map(s -> {
            int first = s.indexOf(':');
            int last = s.lastIndexOf(':');
            String actions = List.of(s.substring(last + 1).split(",")).stream().map(a -> "\"" + a + "\"")
                    .collect(Collectors.joining(","));
            return "{\"type\":\"" + s.substring(0, first) + "\",\"name\":\"" + s.substring(first + 1, last)
                    + "\",\"actions\":[" + actions + "]}";
        }).collect(Collectors.joining(","));
        String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"x5c\":[\"" + certificateDer + "\"]}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"aud\":\"" + SERVICE + "\",\"exp\":"
                + (now + 600) + ",\"nbf\":" + (now - 60) + ",\"iat\":" + now + ",\"jti\":\"" + UUID.randomUUID()
                + "\",\"access\":[" + access + "]}";
        String signed = b64(header) + "." + b64(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
