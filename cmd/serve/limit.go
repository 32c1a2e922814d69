package main

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// limitListener keeps at most max connections open. A client that arrives
// when all are taken makes room: the connection that has been waiting for a
// request the longest is closed (idle keep-alive connections, and new ones
// that have sent nothing yet). So idle clients can never lock out a client
// with a request, and the server stays reachable. Only when every
// connection is busy with a request does the new client wait, until one
// finishes or hits a timeout (see limits); meanwhile the listener accepts
// no one else (later clients wait in the kernel's backlog, holding no file
// of this process).
//
// Closing a waiting connection races with a request arriving on it at that
// moment, as in http.Server.Shutdown: the client sees the connection close
// without an answer, which browsers retry for GET.
//
// The http.Server must report connection states to track.
type limitListener struct {
	net.Listener
	slots chan struct{} // one token per open connection
	woken chan struct{} // a connection started waiting (buffered, 1)
	done  chan struct{} // closed by Close
	once  sync.Once

	mu      sync.Mutex
	waiting map[net.Conn]time.Time // connections waiting for a request, since when
}

func newLimitListener(ln net.Listener, max int) *limitListener {
	return &limitListener{
		Listener: ln,
		slots:    make(chan struct{}, max),
		woken:    make(chan struct{}, 1),
		done:     make(chan struct{}),
		waiting:  make(map[net.Conn]time.Time),
	}
}

func (l *limitListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	// Make room only now that a client is here: the accepted connection
	// is the one file over the limit while it waits.
	if err := l.acquire(); err != nil {
		c.Close()
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
}

// acquire takes a slot, closing waiting connections to free one if needed.
func (l *limitListener) acquire() error {
	for {
		select {
		case l.slots <- struct{}{}:
			return nil
		default:
		}
		l.closeLongestWaiting()
		select {
		case l.slots <- struct{}{}:
			return nil
		case <-l.woken: // a connection went idle: try again
		case <-l.done:
			return net.ErrClosed
		}
	}
}

func (l *limitListener) closeLongestWaiting() {
	l.mu.Lock()
	var oldest net.Conn
	var since time.Time
	for c, t := range l.waiting {
		if oldest == nil || t.Before(since) {
			oldest, since = c, t
		}
	}
	delete(l.waiting, oldest)
	l.mu.Unlock()
	if oldest != nil {
		oldest.Close()
	}
}

// track is the http.Server's ConnState hook.
func (l *limitListener) track(c net.Conn, state http.ConnState) {
	l.mu.Lock()
	switch state {
	case http.StateNew, http.StateIdle:
		l.waiting[c] = time.Now()
	default:
		delete(l.waiting, c)
	}
	l.mu.Unlock()
	if state == http.StateNew || state == http.StateIdle {
		select {
		case l.woken <- struct{}{}:
		default:
		}
	}
}

func (l *limitListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// limitConn gives its slot back when it is closed, once.
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// CloseWrite keeps the half-close net/http uses before it drops a
// connection whose request body it did not read.
func (c *limitConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
