package org.peeragogy.reader.ui.web;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.peeragogy.reader.book.Resource;

/**
 * Serves pages to the WebView from memory under the {@code peeragogy:} scheme, so chapters load as
 * UTF-8 bytes from a URL (loadContent(String) garbles non-BMP characters) and relative image links
 * resolve without touching the file system or the network.
 *
 * <p>A URL stream handler factory can be set only once per JVM, so the handler is installed once and
 * dispatches on the URL's host: each reader view registers its own host and unregisters on close.
 */
final class ContentScheme {
    private static final System.Logger LOG = System.getLogger(ContentScheme.class.getName());
    static final String SCHEME = "peeragogy";

    /** Answers a path ("/wiki.html", "/book/images/a.png", "/_app/reader.css") for one view. */
    interface Source {
        Optional<Resource> serve(String path) throws IOException;
    }

    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private ContentScheme() {
    }

    /** Registers a source and returns the URL prefix it is reachable under, e.g. "peeragogy://h3f2/". */
    static String register(Source source) {
        install();
        String host = "r" + UUID.randomUUID().toString().replace("-", "");
        SOURCES.put(host, source);
        return SCHEME + "://" + host + "/";
    }

    static void unregister(String prefix) {
        SOURCES.remove(hostOf(prefix));
    }

    private static String hostOf(String prefix) {
        String rest = prefix.substring((SCHEME + "://").length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        URL.setURLStreamHandlerFactory(protocol -> SCHEME.equals(protocol) ? new Handler() : null);
        installed = true;
    }

    private static final class Handler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) {
            return new Connection(url);
        }
    }

    private static final class Connection extends URLConnection {
        private Resource resource;

        Connection(URL url) {
            super(url);
        }

        @Override
        public void connect() throws IOException {
            if (resource != null) {
                return;
            }
            Source source = SOURCES.get(url.getHost());
            String path;
            try {
                path = new URI(url.toString()).getPath();
            } catch (URISyntaxException e) {
                throw new FileNotFoundException(url.toString());
            }
            Optional<Resource> found;
            try {
                found = source == null || path == null || path.isEmpty() ? Optional.empty() : source.serve(path);
            } catch (FileNotFoundException e) {
                throw e;
            } catch (IOException e) {
                // A file gone while the window is open (the package removed, a stick pulled: fresh tester t34's F3):
                // one line in the log, and WebKit is told "not found", which it does not print with a stack trace.
                LOG.log(System.Logger.Level.WARNING, "Could not read " + url + " for the page: " + e);
                throw new FileNotFoundException(url.toString());
            }
            resource = found.orElseThrow(() -> new FileNotFoundException(url.toString()));
            connected = true;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            connect();
            return new ByteArrayInputStream(resource.bytes());
        }

        @Override
        public String getContentType() {
            try {
                connect();
            } catch (IOException e) {
                return null;
            }
            return resource.mediaType();
        }

        @Override
        public int getContentLength() {
            try {
                connect();
            } catch (IOException e) {
                return -1;
            }
            return resource.bytes().length;
        }

        @Override
        public long getContentLengthLong() {
            return getContentLength();
        }

        @Override
        public String getContentEncoding() {
            return null;
        }

        @Override
        public String getHeaderField(String name) {
            if ("content-type".equalsIgnoreCase(name)) {
                return getContentType();
            }
            if ("content-length".equalsIgnoreCase(name)) {
                return String.valueOf(getContentLength());
            }
            return null;
        }
    }
}
