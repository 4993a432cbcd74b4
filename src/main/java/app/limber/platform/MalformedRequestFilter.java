package app.limber.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers malformed requests to Vaadin's own endpoints with 400 before Vaadin sees them: a UI id that is not a number
 * ({@code v-uiId=abc}), a UIDL message that is not valid UTF-8 or not JSON, or one larger than any real one. Vaadin
 * would log each of those as an ERROR with a stack trace, which lets anyone flood the log. Instead each is one WARN
 * line without a stack trace, at most {@link #WARNINGS_PER_MINUTE} a minute; the rest are counted and reported with
 * the next line written.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    static final int WARNINGS_PER_MINUTE = 10;
    /** Far above any real UIDL message (a grid page of changes is a few hundred kilobytes at most). */
    static final int MAX_UIDL_BYTES = 4 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private Instant windowStart = Instant.EPOCH;
    private int writtenInWindow;
    private long suppressed;

    MalformedRequestFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return parameter(request.getQueryString(), "v-r") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String type = parameter(query, "v-r");
        String uiId = parameter(query, "v-uiId");
        if (uiId != null && !uiId.matches("\\d{1,9}")) {
            refuse(request, response, type + " request with a UI id that is not a number");
            return;
        }
        if ("uidl".equals(type) && "POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(MAX_UIDL_BYTES + 1);
            String problem = problemWith(body);
            if (problem != null) {
                refuse(request, response, "UIDL request " + problem);
                return;
            }
            chain.doFilter(new ReadAgain(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String problemWith(byte[] body) {
        if (body.length > MAX_UIDL_BYTES) {
            return "larger than " + MAX_UIDL_BYTES + " bytes";
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            return "body is not valid UTF-8";
        }
        try {
            JSON.readTree(body);
        } catch (JacksonException notJson) {
            return "body is not JSON";
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
        warn(what, request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Bad request.");
    }

    /** One line per malformed request, without a stack trace, at most {@link #WARNINGS_PER_MINUTE} a minute. */
    private synchronized void warn(String what, String from) {
        Instant now = clock.instant();
        if (Duration.between(windowStart, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            windowStart = now;
            writtenInWindow = 0;
        }
        if (writtenInWindow >= WARNINGS_PER_MINUTE) {
            suppressed++;
            return;
        }
        writtenInWindow++;
        if (suppressed > 0) {
            log.warn("Refused a malformed {} from {} (400); {} more were refused without a log line", what, from,
                    suppressed);
            suppressed = 0;
        } else {
            log.warn("Refused a malformed {} from {} (400)", what, from);
        }
    }

    /** The query parameter's decoded value, read from the query string only (never from a form body). */
    static @Nullable String parameter(@Nullable String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                try {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return "%";
                }
            }
        }
        return null;
    }

    /** The request with its already-read body offered again to whoever reads it next. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
