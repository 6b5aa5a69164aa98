package coop.essaim.web.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * An API answer that reads what is left of the request body before it writes. When a handler refuses a call
 * before reading its body (no token, no permission, unknown path), the body may still be on its way: Jetty then
 * completes the answer and closes the kept-alive connection without a {@code Connection: close}, and a client
 * that reuses the connection fails its next call. Past {@link #MAX_DISCARDED} bytes the rest is not waited for
 * and the answer says the connection closes.
 */
final class UnreadBodyFirst extends HttpServletResponseWrapper {

    static final int MAX_DISCARDED = 1024 * 1024;

    private final HttpServletRequest request;
    private boolean settled;

    UnreadBodyFirst(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        settle();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        settle();
        return super.getWriter();
    }

    /** Called before anything is written, and once more when the handler returns without writing a body. */
    void settle() {
        if (settled || isCommitted()) {
            return;
        }
        settled = true;
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                read += n;
                if (read > MAX_DISCARDED) {
                    setHeader("Connection", "close");
                    return;
                }
            }
        } catch (IOException | IllegalStateException unreadable) {
            // the body was read as characters, or the client went away: never reuse this connection
            setHeader("Connection", "close");
        }
    }
}
