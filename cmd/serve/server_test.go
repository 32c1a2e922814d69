package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// startServer serves h with lim on a loopback port until the test ends and
// returns its address.
func startServer(t *testing.T, h http.Handler, lim limits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, limited := newServer(h, ln, lim)
	go srv.Serve(limited)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// client is one raw keep-alive connection.
type client struct {
	conn net.Conn
	r    *bufio.Reader
}

func dial(t *testing.T, addr string) *client {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return &client{conn: conn, r: bufio.NewReader(conn)}
}

// dialEach dials n connections to addr and runs start on each, in order.
func dialEach(t *testing.T, addr string, n int, start func(*client)) []*client {
	t.Helper()
	cs := make([]*client, n)
	for i := range cs {
		cs[i] = dial(t, addr)
		start(cs[i])
	}
	return cs
}

// send writes a keep-alive GET for target.
func (c *client) send(t *testing.T, target string) {
	t.Helper()
	if _, err := fmt.Fprintf(c.conn, "GET %s HTTP/1.1\r\nHost: test\r\n\r\n", target); err != nil {
		t.Fatal(err)
	}
}

// response reads one response and its body, waiting at most d.
func (c *client) response(d time.Duration) (*http.Response, string, error) {
	c.conn.SetReadDeadline(time.Now().Add(d))
	defer c.conn.SetReadDeadline(time.Time{})
	res, err := http.ReadResponse(c.r, nil)
	if err != nil {
		return nil, "", err
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(body), err
}

// get sends a request and reads its answer, which must come within 5 s.
func (c *client) get(t *testing.T, target string) string {
	t.Helper()
	c.send(t, target)
	res, body, err := c.response(5 * time.Second)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: status %d", target, res.StatusCode)
	}
	return body
}

// closedWithin reports whether the server closes the connection within d
// (a read ends with EOF or a reset rather than the deadline).
func (c *client) closedWithin(d time.Duration) bool {
	c.conn.SetReadDeadline(time.Now().Add(d))
	defer c.conn.SetReadDeadline(time.Time{})
	_, err := c.r.ReadByte()
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

var hello = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") })

// TestTimeouts checks that connections which sit idle, send nothing, or
// send half a request are closed by the server after the right timeout,
// and not long before it.
func TestTimeouts(t *testing.T) {
	const short = 300 * time.Millisecond
	tests := []struct {
		name  string
		set   func(*limits)
		start func(t *testing.T, c *client) // what the client does before waiting
	}{
		{"idle keep-alive", func(l *limits) { l.idle = short }, func(t *testing.T, c *client) {
			if body := c.get(t, "/"); body != "hello" {
				t.Fatalf("body %q", body)
			}
		}},
		{"silent new connection", func(l *limits) { l.readHeader = short }, func(*testing.T, *client) {}},
		{"half a request", func(l *limits) { l.readHeader = short }, func(t *testing.T, c *client) {
			io.WriteString(c.conn, "GET / HTTP/1.1\r\nHost: te")
		}},
		{"half a second request", func(l *limits) { l.readHeader = short }, func(t *testing.T, c *client) {
			c.get(t, "/")
			io.WriteString(c.conn, "GET / HTTP/1.1\r\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			lim := defaultLimits()
			tt.set(&lim)
			c := dial(t, startServer(t, hello, lim))
			tt.start(t, c)
			if c.closedWithin(short / 2) {
				t.Fatalf("closed before the %v timeout", short)
			}
			if !c.closedWithin(3 * time.Second) {
				t.Fatalf("still open 3 s after the %v timeout", short)
			}
		})
	}
}

// zeros is an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestWriteDeadlines sends a 64 MB response (more than the kernel buffers
// between the two ends) to clients that read at different paces.
func TestWriteDeadlines(t *testing.T) {
	const size = 64 << 20
	big := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(size))
		io.CopyN(w, zeros{}, size)
	})
	tests := []struct {
		name         string
		stall, total time.Duration
		pause        time.Duration // before the client starts reading
		complete     bool
	}{
		// 4 MB every 100 ms: no write waits long, but sending the whole
		// takes over a second, longer than a stall.
		{"slow steady reader", 700 * time.Millisecond, time.Minute, 0, true},
		{"stalled reader", 200 * time.Millisecond, time.Minute, 1500 * time.Millisecond, false},
		{"steady but over the response cap", 5 * time.Second, 400 * time.Millisecond, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			lim := defaultLimits()
			lim.writeStall, lim.response = tt.stall, tt.total
			c := dial(t, startServer(t, big, lim))
			// Connection: close, so that the end of the body is the end of
			// the stream.
			io.WriteString(c.conn, "GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
			time.Sleep(tt.pause)
			c.conn.SetReadDeadline(time.Now().Add(30 * time.Second))
			buf := make([]byte, 4<<20)
			n := 0
			var err error
			for {
				var k int
				k, err = io.ReadFull(c.r, buf)
				n += k
				if err != nil {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			// The body follows a header of a hundred bytes or so.
			complete := n > size
			if complete != tt.complete {
				t.Fatalf("read %d bytes (%v), complete = %v, want %v", n, err, complete, tt.complete)
			}
		})
	}
}

// TestConnLimit fills the server's connections and checks that a new
// client is still served: at once when an idle connection can make room,
// after a busy one finishes otherwise.
func TestConnLimit(t *testing.T) {
	t.Run("idle connections make room", func(t *testing.T) {
		lim := defaultLimits()
		lim.maxConns, lim.idle = 4, time.Minute
		addr := startServer(t, hello, lim)
		idle := dialEach(t, addr, lim.maxConns, func(c *client) {
			c.get(t, "/")
			time.Sleep(20 * time.Millisecond) // distinct idle times
		})
		for i := range 3 {
			if body := dial(t, addr).get(t, "/"); body != "hello" {
				t.Fatalf("new client %d: body %q", i, body)
			}
			// The longest idle goes first; the others stay.
			if !idle[i].closedWithin(time.Second) {
				t.Errorf("new client %d: idle connection %d still open", i, i)
			}
			if idle[len(idle)-1].closedWithin(50 * time.Millisecond) {
				t.Fatalf("new client %d: the most recent idle connection was closed", i)
			}
		}
	})

	t.Run("busy connections make the next wait", func(t *testing.T) {
		release := make(chan struct{})
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/block" {
				<-release
			}
			io.WriteString(w, "hello")
		})
		lim := defaultLimits()
		lim.maxConns = 2
		addr := startServer(t, h, lim)
		busy := dialEach(t, addr, lim.maxConns, func(c *client) { c.send(t, "/block") })
		time.Sleep(100 * time.Millisecond) // let the server take both requests
		next := dial(t, addr)
		next.send(t, "/")
		if res, _, err := next.response(300 * time.Millisecond); err == nil {
			t.Fatalf("served (status %d) while every connection was busy", res.StatusCode)
		}
		close(release)
		for i, c := range busy {
			if _, body, err := c.response(5 * time.Second); err != nil || body != "hello" {
				t.Fatalf("busy client %d: %q, %v", i, body, err)
			}
		}
		if _, body, err := next.response(5 * time.Second); err != nil || body != "hello" {
			t.Fatalf("waiting client: %q, %v", body, err)
		}
		if body := dial(t, addr).get(t, "/"); body != "hello" {
			t.Fatalf("a later client: %q", body)
		}
	})
}

func TestConnLimitFromFileLimit(t *testing.T) {
	tests := []struct {
		nofile uint64
		want   int
	}{
		{0, 1},
		{3, 1},
		{8, 2},
		{256, 64},
		{512, 128},
		{1024, 128},
		{1 << 20, 128},
	}
	for _, tt := range tests {
		if got := connLimit(tt.nofile); got != tt.want {
			t.Errorf("connLimit(%d) = %d, want %d", tt.nofile, got, tt.want)
		}
	}
}

// TestManyIdleClients opens idleClients keep-alive connections, each after
// one request, against the default connection limit with a short idle
// timeout: every client is served, a new client is served at once, and the
// server closes every idle connection. The figures are logged (go test -v).
func TestManyIdleClients(t *testing.T) {
	const idleClients = 300
	lim := defaultLimits()
	lim.idle = time.Second
	addr := startServer(t, hello, lim)

	start := time.Now()
	clients := dialEach(t, addr, idleClients, func(c *client) {
		if body := c.get(t, "/"); body != "hello" {
			t.Fatalf("body %q", body)
		}
	})
	filled := time.Since(start)

	start = time.Now()
	if body := dial(t, addr).get(t, "/"); body != "hello" {
		t.Fatalf("new client: body %q", body)
	}
	fresh := time.Since(start)

	open := 0
	for _, c := range clients {
		if !c.closedWithin(time.Millisecond) {
			open++
		}
	}
	start = time.Now()
	deadline := start.Add(lim.idle + 5*time.Second)
	for _, c := range clients {
		if !c.closedWithin(time.Until(deadline)) {
			t.Fatalf("an idle connection is still open %v after the %v idle timeout", time.Since(start), lim.idle)
		}
	}
	t.Logf("limit %d (file limit %d): %d clients served in %v; a new client then in %v; %d still open, all closed %v later (idle timeout %v)",
		lim.maxConns, openFileLimit(), idleClients, filled.Round(time.Millisecond), fresh.Round(time.Microsecond), open, time.Since(start).Round(time.Millisecond), lim.idle)
	if open > lim.maxConns {
		t.Errorf("%d connections open, over the limit of %d", open, lim.maxConns)
	}
}
