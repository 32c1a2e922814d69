// Command serve is Digit Lab's development web server: it serves a directory
// of static files (by default public/, where the Makefile puts app.wasm,
// worker.wasm, wasm_exec.js and their precompressed twins) on localhost.
//
//	go run ./cmd/serve              # public/ at http://127.0.0.1:$PORT/ (PORT defaults to 8080)
//	go run ./cmd/serve -dir public -addr 127.0.0.1:9000
//
// Once listening it prints one line with the real address. If the address is
// busy or the directory cannot be opened, it prints an error and exits with
// status 1. See handler.go for what is served and how, security.go for the
// security headers and the Host check (a loopback server answers only to
// localhost names), and server.go for the timeouts and the connection limit.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	dir := fs.String("dir", "public", "directory to serve")
	addr := fs.String("addr", defaultAddr(), "address to listen on (default port from $PORT, else 8080)")
	fs.Parse(args) // ExitOnError: bad flags exit with status 2, -h with 0.
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	root, err := os.OpenRoot(*dir)
	if err != nil {
		return fmt.Errorf("cannot serve %s: %w", *dir, err)
	}
	defer root.Close()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("cannot listen on %s: the address is already in use (another server running? choose another with -addr or PORT)", *addr)
		}
		return fmt.Errorf("cannot listen on %s: %w", *addr, err)
	}
	fmt.Printf("Digit Lab: serving %s at %s\n", displayDir(*dir), displayURL(ln.Addr()))

	srv, limited := newServer(hostGuard(newHandler(root), ln.Addr()), ln, defaultLimits())
	return srv.Serve(limited)
}

func defaultAddr() string {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	return net.JoinHostPort("127.0.0.1", port)
}

// displayDir spells dir the way a user typed it, with a trailing slash.
func displayDir(dir string) string {
	d := filepath.ToSlash(filepath.Clean(dir))
	if !strings.HasSuffix(d, "/") {
		d += "/"
	}
	return d
}

// displayURL turns the listener's address into a URL a browser can open: a
// wildcard host (":8080", "0.0.0.0", "::") becomes localhost.
func displayURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
