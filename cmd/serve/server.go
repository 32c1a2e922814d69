package main

import (
	"net"
	"net/http"
	"time"
)

// limits bound what one client can hold on the server: how long it may take
// to send a request, how long a keep-alive connection may sit idle, how
// slowly it may read a response, and how many connections are open at once.
// Without them, idle keep-alive connections pile up until the process runs
// out of file descriptors and stops accepting anyone.
type limits struct {
	// readHeader is the time a client has to send a request's headers,
	// counted from the first byte (or from accepting the connection, for
	// its first request). It ends slow-loris clients and silent sockets.
	readHeader time.Duration
	// read is the time to read a whole request, body included. The server
	// only answers GET and HEAD, so a body is never wanted.
	read time.Duration
	// idle is how long a keep-alive connection may wait for its next
	// request before the server closes it.
	idle time.Duration
	// writeStall is the longest a single write of the response (at most
	// 32 KB, the chunk net/http's copy uses) may block on a client that
	// does not read. It is a per-write deadline rather than a deadline for
	// the whole response, because an honest client on a slow link needs
	// minutes for the 5-8 MB worker module: at 30 s per 32 KB, any client
	// that reads at least about 1 KB/s keeps going.
	writeStall time.Duration
	// response caps a whole response, however steadily it is read: a
	// client that trickles just above the writeStall rate cannot hold a
	// connection for hours. 10 minutes lets an 8 MB file through at
	// 14 KB/s (about 110 kbit/s, slower than EDGE).
	response time.Duration
	// maxConns is the number of connections open at once; see
	// limitListener for what happens beyond it.
	maxConns int
}

// defaultLimits returns the limits cmd/serve runs with: maxConns from
// connLimit for the process's open-file limit.
func defaultLimits() limits {
	return limits{
		readHeader: 10 * time.Second,
		read:       20 * time.Second,
		idle:       30 * time.Second,
		writeStall: 30 * time.Second,
		response:   10 * time.Minute,
		maxConns:   connLimit(openFileLimit()),
	}
}

// connLimit returns the number of connections to allow for a process that
// may open nofile files. Each connection holds its socket and, while it
// sends, the file it serves; a quarter of the limit leaves room for both
// and for the listener, os.Root and the standard streams. 128 is plenty for
// a development server (a browser opens at most 6 per host).
func connLimit(nofile uint64) int {
	const most, least = 128, 1
	n := nofile / 4
	switch {
	case n > most:
		return most
	case n < least:
		return least
	}
	return int(n)
}

// maxHeaderBytes bounds a request's headers. A browser's are under 8 KB;
// net/http's default of 1 MB would let each of maxConns clients pin a
// megabyte.
const maxHeaderBytes = 64 << 10

// newServer returns an http.Server that runs h with lim, and the listener
// (ln wrapped in a limitListener) to pass to its Serve.
func newServer(h http.Handler, ln net.Listener, lim limits) (*http.Server, net.Listener) {
	ll := newLimitListener(ln, lim.maxConns)
	srv := &http.Server{
		Handler:           writeDeadlines(h, lim.writeStall, lim.response),
		ReadHeaderTimeout: lim.readHeader,
		ReadTimeout:       lim.read,
		// net/http arms WriteTimeout when it has read a request; it covers
		// what the server writes by itself (an error for a malformed
		// request). writeDeadlines takes over inside the handler.
		WriteTimeout:   lim.response,
		IdleTimeout:    lim.idle,
		MaxHeaderBytes: maxHeaderBytes,
		ConnState:      ll.track,
	}
	return srv, ll
}

// writeDeadlines runs h with a write deadline that moves: each write of the
// response must finish within stall, and the whole response within total of
// the handler's start.
func writeDeadlines(h http.Handler, stall, total time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dw := &deadlineWriter{
			ResponseWriter: w,
			rc:             http.NewResponseController(w),
			stall:          stall,
			end:            time.Now().Add(total),
		}
		dw.extend()
		h.ServeHTTP(dw, r)
	})
}

// deadlineWriter pushes the connection's write deadline forward before each
// write. It hides the underlying writer's ReadFrom (sendfile), so a copy
// into it is a series of 32 KB writes, each with a fresh deadline.
type deadlineWriter struct {
	http.ResponseWriter
	rc    *http.ResponseController
	stall time.Duration
	end   time.Time
}

func (d *deadlineWriter) extend() {
	t := time.Now().Add(d.stall)
	if t.After(d.end) {
		t = d.end
	}
	// Not every ResponseWriter supports deadlines (httptest's recorder
	// does not); there is nothing to extend then.
	_ = d.rc.SetWriteDeadline(t)
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	d.extend()
	return d.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection.
func (d *deadlineWriter) Unwrap() http.ResponseWriter { return d.ResponseWriter }
