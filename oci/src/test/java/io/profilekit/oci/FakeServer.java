package io.profilekit.oci;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for what a real registry never does (no answer, 403, HTML,
 * a body longer than any limit, a token service): each request's target and headers go to a
 * handler that returns the response, or null to never answer. One connection, one request. Test code.
 */
final class FakeServer implements AutoCloseable {
    /** A request: its target (path and query) and headers (names in lower case). */
    record Request(String target, Map<String, String> headers) {
    }

    /** A response; {@code chunked} sends the body without a Content-Length. */
    record Response(int status, Map<String, String> headers, byte[] body, boolean chunked) {
        static Response json(int status, String body) {
            return new Response(status, Map.of("Content-Type", "application/json"),
                    body.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private final ServerSocket socket;
    private final Function<Request, Response> handler;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    FakeServer(Function<Request, Response> handler) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        Thread t = new Thread(this::serve, "fake-registry");
        t.setDaemon(true);
        t.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread t = new Thread(() -> answer(s), "fake-registry-request");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            String target = lines[0].split(" ")[1];
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            Request request = new Request(target, headers);
            requests.add(request);
            Response r = handler.apply(request);
            if (r == null) {
                in.read();   // never answers; returns when the client gives up or the server closes
                return;
            }
            StringBuilder h = new StringBuilder("HTTP/1.1 " + r.status() + " X\r\nConnection: close\r\n");
            r.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            if (!r.chunked()) {
                h.append("Content-Length: ").append(r.body().length).append("\r\n");
            }
            h.append("\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(r.body());
            out.flush();
        } catch (IOException | RuntimeException e) {
            // The client went away.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            b.write(c);
            byte[] a = b.toByteArray();
            int n = a.length;
            if (n >= 4 && a[n - 4] == '\r' && a[n - 3] == '\n' && a[n - 2] == '\r' && a[n - 1] == '\n') {
                break;
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
