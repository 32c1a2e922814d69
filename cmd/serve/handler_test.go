package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Contents of the test tree. Twins deliberately differ from their originals
// (they are not real compressed data) so a test can tell which file was sent.
const (
	wasmRaw   = "\x00asm raw module bytes, longer than its twins"
	wasmBr    = "brotli twin"
	wasmGz    = "gzip twin, a bit longer"
	secret    = "module secret-outside-root"
	indexHTML = "<!doctype html><title>root</title>"
	// A page with an inline style and script, and twins of it, so that its
	// policy must come from the original even when a twin is sent.
	styledCSS    = "body{color:red}"
	styledJS     = "go()"
	styledHTML   = "<!doctype html><style>" + styledCSS + "</style><script>" + styledJS + "</script><script src=x.js></script>"
	styledHTMLBr = "styled page, br twin"
	// same.js's twin has the same bytes as the original.
	sameJS = "same bytes in both"
)

// newTestRoot builds
//
//	tmp/go.mod, tmp/outside/secret.txt      (outside the root)
//	tmp/public/...                          (the root)
//
// and returns the root directory.
func newTestRoot(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "public")
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", secret)
	write("outside/secret.txt", secret)
	write("public/index.html", indexHTML)
	write("public/app.wasm", wasmRaw)
	write("public/app.wasm.br", wasmBr)
	write("public/app.wasm.gz", wasmGz)
	write("public/loader.js", "console.log('hi')")
	write("public/only-gz.js", "raw js")
	write("public/only-gz.js.gz", "gz js")
	write("public/stale.js", "fresh after rebuild")
	write("public/stale.js.br", "stale")
	write("public/orphan.wasm.br", "twin without original")
	write("public/style.css", "body{}")
	write("public/data.json", "{}")
	write("public/img.png", "\x89PNG")
	write("public/sub/index.html", "sub index")
	write("public/sub/page.html", "sub page")
	write("public/styled.html", styledHTML)
	write("public/styled.html.br", styledHTMLBr)
	write("public/same.js", sameJS)
	write("public/same.js.br", sameJS)
	if err := os.MkdirAll(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	// The twin of stale.js is older than stale.js: it must be ignored.
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "stale.js.br"), old, old); err != nil {
		t.Fatal(err)
	}
	symlink := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	symlink("app.wasm", "inside-link.wasm")
	symlink("../outside/secret.txt", "escape.txt")
	symlink(filepath.Join(tmp, "outside", "secret.txt"), "escape-abs.txt")
	symlink("../outside", "escape-dir")
	return dir
}

func openTestRoot(t *testing.T) *os.Root {
	t.Helper()
	root, err := os.OpenRoot(newTestRoot(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return root
}

func TestHandler(t *testing.T) {
	h := newHandler(openTestRoot(t))
	const anyBody = "\x00any" // skip the body check

	tests := []struct {
		name     string
		method   string // default GET
		target   string
		accept   string // Accept-Encoding
		status   int
		body     string // exact body; any skips
		ctype    string // Content-Type; "" means not checked
		encoding string // Content-Encoding, checked always
		rawLen   string // X-Uncompressed-Length; "" means absent
		location string
		length   string // Content-Length; "" means len(body) for a 200
	}{
		// Content types and plain files.
		{name: "root index", target: "/", status: 200, body: indexHTML, ctype: "text/html; charset=utf-8", rawLen: strconv.Itoa(len(indexHTML))},
		{name: "index by name", target: "/index.html", status: 200, body: indexHTML, ctype: "text/html; charset=utf-8", rawLen: strconv.Itoa(len(indexHTML))},
		{name: "js", target: "/loader.js", status: 200, body: "console.log('hi')", ctype: "text/javascript; charset=utf-8", rawLen: "17"},
		{name: "css", target: "/style.css", status: 200, body: "body{}", ctype: "text/css; charset=utf-8", rawLen: "6"},
		{name: "json", target: "/data.json", status: 200, body: "{}", ctype: "application/json", rawLen: "2"},
		{name: "png", target: "/img.png", status: 200, body: "\x89PNG", ctype: "image/png", rawLen: "4"},
		{name: "query ignored", target: "/loader.js?seed=3&x=%2e%2e", status: 200, body: "console.log('hi')", rawLen: "17"},

		// Encoding negotiation.
		{name: "wasm raw", target: "/app.wasm", status: 200, body: wasmRaw, ctype: "application/wasm", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "wasm br", target: "/app.wasm", accept: "gzip, deflate, br, zstd", status: 200, body: wasmBr, ctype: "application/wasm", encoding: "br", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "wasm gzip", target: "/app.wasm", accept: "gzip", status: 200, body: wasmGz, ctype: "application/wasm", encoding: "gzip", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "br refused by q=0", target: "/app.wasm", accept: "br;q=0, gzip;q=0.5", status: 200, body: wasmGz, encoding: "gzip", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "all refused", target: "/app.wasm", accept: "br;q=0, gzip; q=0", status: 200, body: wasmRaw, rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "star allows br", target: "/app.wasm", accept: "*", status: 200, body: wasmBr, encoding: "br", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "star but br listed q=0", target: "/app.wasm", accept: "*, br;q=0", status: 200, body: wasmGz, encoding: "gzip", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "uppercase coding", target: "/app.wasm", accept: "GZIP", status: 200, body: wasmGz, encoding: "gzip", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "malformed q refuses", target: "/app.wasm", accept: "br;q=abc, gzip;q=2", status: 200, body: wasmRaw, rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "identity only", target: "/app.wasm", accept: "identity", status: 200, body: wasmRaw, rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "br wanted, only gz exists", target: "/only-gz.js", accept: "br, gzip", status: 200, body: "gz js", ctype: "text/javascript; charset=utf-8", encoding: "gzip", rawLen: "6"},
		{name: "only br wanted, only gz exists", target: "/only-gz.js", accept: "br", status: 200, body: "raw js", rawLen: "6"},
		{name: "stale twin ignored", target: "/stale.js", accept: "br", status: 200, body: "fresh after rebuild", rawLen: "19"},
		{name: "symlink inside root", target: "/inside-link.wasm", accept: "br", status: 200, body: wasmRaw, ctype: "application/wasm", rawLen: strconv.Itoa(len(wasmRaw))},

		// Twins are not addressable.
		{name: "direct br", target: "/app.wasm.br", status: 404, body: anyBody},
		{name: "direct gz", target: "/app.wasm.gz", accept: "gzip", status: 404, body: anyBody},
		{name: "orphan twin", target: "/orphan.wasm", accept: "br", status: 404, body: anyBody},

		// HEAD: headers as for GET, no body.
		{name: "head raw", method: "HEAD", target: "/app.wasm", status: 200, body: "", length: strconv.Itoa(len(wasmRaw)), ctype: "application/wasm", rawLen: strconv.Itoa(len(wasmRaw))},
		{name: "head br", method: "HEAD", target: "/app.wasm", accept: "br", status: 200, body: "", length: strconv.Itoa(len(wasmBr)), encoding: "br", rawLen: strconv.Itoa(len(wasmRaw))},

		// Other methods.
		{name: "post", method: "POST", target: "/app.wasm", status: 405, body: anyBody},
		{name: "put", method: "PUT", target: "/new.txt", status: 405, body: anyBody},
		{name: "options", method: "OPTIONS", target: "/", status: 405, body: anyBody},

		// Directories.
		{name: "sub index", target: "/sub/", status: 200, body: "sub index", ctype: "text/html; charset=utf-8", rawLen: "9"},
		{name: "sub redirect", target: "/sub?x=1", status: 301, body: anyBody, location: "/sub/?x=1"},
		{name: "sub page", target: "/sub/page.html", status: 200, body: "sub page", rawLen: "8"},
		{name: "no listing", target: "/empty/", status: 404, body: anyBody},
		{name: "no listing without slash", target: "/empty", status: 301, body: anyBody, location: "/empty/"},
		{name: "double slash no open redirect", target: "//sub", status: 301, body: anyBody, location: "/sub/"},

		// Not found.
		{name: "missing", target: "/nope.js", status: 404, body: anyBody},
		{name: "missing dir", target: "/nope/", status: 404, body: anyBody},
		{name: "file as dir", target: "/app.wasm/", status: 404, body: anyBody},

		// Escapes.
		{name: "dotdot", target: "/../go.mod", status: 400, body: anyBody},
		{name: "dotdot deep", target: "/sub/../../go.mod", status: 400, body: anyBody},
		{name: "dotdot harmless still refused", target: "/sub/../index.html", status: 400, body: anyBody},
		{name: "encoded dotdot", target: "/%2e%2e/go.mod", status: 400, body: anyBody},
		{name: "encoded dotdot upper", target: "/%2E%2E/go.mod", status: 400, body: anyBody},
		{name: "encoded slash", target: "/..%2fgo.mod", status: 400, body: anyBody},
		{name: "all encoded", target: "/%2e%2e%2f%2e%2e%2fgo.mod", status: 400, body: anyBody},
		{name: "backslash", target: "/..%5cgo.mod", status: 400, body: anyBody},
		{name: "nul", target: "/index.html%00.png", status: 400, body: anyBody},
		{name: "symlink escape", target: "/escape.txt", status: 404, body: anyBody},
		{name: "absolute symlink escape", target: "/escape-abs.txt", status: 404, body: anyBody},
		{name: "symlinked dir escape", target: "/escape-dir/secret.txt", status: 404, body: anyBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			req := httptest.NewRequest(method, tt.target, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)

			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d (body %q)", res.StatusCode, tt.status, body)
			}
			if strings.Contains(string(body), secret) {
				t.Fatalf("body leaks a file outside the root: %q", body)
			}
			if tt.body != anyBody && string(body) != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			if got := res.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control = %q, want no-cache", got)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", got)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.encoding)
			}
			if tt.ctype != "" {
				if got := res.Header.Get("Content-Type"); got != tt.ctype {
					t.Errorf("Content-Type = %q, want %q", got, tt.ctype)
				}
			}
			for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"} {
				if res.Header.Get(k) == "" {
					t.Errorf("%s missing", k)
				}
			}
			if tt.status == 200 {
				if tag := res.Header.Get("ETag"); !strings.HasPrefix(tag, `"`) || len(tag) < 34 {
					t.Errorf("ETag = %q, want a strong hash", tag)
				}
			}
			if got := res.Header.Get("X-Uncompressed-Length"); got != tt.rawLen {
				t.Errorf("X-Uncompressed-Length = %q, want %q", got, tt.rawLen)
			}
			if tt.location != "" {
				if got := res.Header.Get("Location"); got != tt.location {
					t.Errorf("Location = %q, want %q", got, tt.location)
				}
			}
			if tt.status == 200 {
				want := tt.length
				if want == "" {
					want = strconv.Itoa(len(tt.body))
				}
				if got := res.Header.Get("Content-Length"); got != want {
					t.Errorf("Content-Length = %q, want %q", got, want)
				}
			}
			if tt.status == 405 {
				if got := res.Header.Get("Allow"); got != "GET, HEAD" {
					t.Errorf("Allow = %q, want %q", got, "GET, HEAD")
				}
			}
		})
	}
}

// TestOverTheWire sends raw request lines through a real server, so that
// nothing (client or test helper) cleans or re-encodes the paths first.
func TestOverTheWire(t *testing.T) {
	srv := httptest.NewServer(newHandler(openTestRoot(t)))
	defer srv.Close()

	tests := []struct {
		target string
		accept string
		status int
		body   string // checked if status is 200
		length int
	}{
		{"/app.wasm", "br", 200, wasmBr, len(wasmBr)},
		{"/app.wasm", "", 200, wasmRaw, len(wasmRaw)},
		{"/../go.mod", "", 400, "", 0},
		{"/%2e%2e/go.mod", "", 400, "", 0},
		{"/%2e%2e%2fgo.mod", "", 400, "", 0},
		{"/escape.txt", "", 404, "", 0},
		{"http://example.com/../go.mod", "", 400, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			conn, err := net.Dial("tcp", srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			req := "GET " + tt.target + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
			if tt.accept != "" {
				req += "Accept-Encoding: " + tt.accept + "\r\n"
			}
			if _, err := io.WriteString(conn, req+"\r\n"); err != nil {
				t.Fatal(err)
			}
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if strings.Contains(string(body), secret) {
				t.Fatalf("body leaks a file outside the root: %q", body)
			}
			if tt.status != 200 {
				return
			}
			if string(body) != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			if res.ContentLength != int64(tt.length) {
				t.Errorf("Content-Length = %d, want %d", res.ContentLength, tt.length)
			}
		})
	}
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header string
		coding string
		want   bool
	}{
		{"", "br", false},
		{"br", "br", true},
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate", "br", false},
		{"br;q=0", "br", false},
		{"br; q=0.0", "br", false},
		{"br;q=0.001", "br", true},
		{"br;q=1.0", "br", true},
		{"br;Q=0", "br", false},
		{"br;q=", "br", false},
		{"br;q=1.5", "br", false},
		{"*", "gzip", true},
		{"*;q=0", "gzip", false},
		{"*;q=0, gzip", "gzip", true},
		{"gzip;q=0, *", "gzip", false},
		{"brotli", "br", false},
		{" BR ", "br", true},
	}
	for _, tt := range tests {
		if got := acceptsEncoding([]string{tt.header}, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

func TestDisplayURL(t *testing.T) {
	tests := []struct {
		addr string
		want string
	}{
		{"127.0.0.1:8080", "http://127.0.0.1:8080/"},
		{"0.0.0.0:8080", "http://localhost:8080/"},
		{"[::]:9000", "http://localhost:9000/"},
		{"[::1]:9000", "http://[::1]:9000/"},
	}
	for _, tt := range tests {
		a, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := displayURL(a); got != tt.want {
			t.Errorf("displayURL(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

func TestRunErrors(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	dir := t.TempDir()

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"busy port", []string{"-dir", dir, "-addr", busy.Addr().String()}, "already in use"},
		{"missing dir", []string{"-dir", filepath.Join(dir, "nope"), "-addr", "127.0.0.1:0"}, "cannot serve"},
		{"extra argument", []string{"-dir", dir, "public"}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run(%q) = %v, want an error containing %q", tt.args, err, tt.want)
			}
		})
	}
}

// get sends a request for target to h with the given headers (name, value
// pairs) and returns the response and its body.
func get(t *testing.T, h http.Handler, method, target string, headers ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// TestETags checks the validators: one strong ETag per representation,
// stable across requests, and different for each encoding even when a
// twin's bytes equal the original's.
func TestETags(t *testing.T) {
	h := newHandler(openTestRoot(t))
	tests := []struct {
		target  string
		codings []string // Accept-Encoding values giving distinct representations
	}{
		{"/app.wasm", []string{"", "br", "gzip"}},
		{"/same.js", []string{"", "br"}},
		{"/styled.html", []string{"", "br"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			seen := map[string]string{}
			for _, accept := range tt.codings {
				res, _ := get(t, h, "GET", tt.target, "Accept-Encoding", accept)
				tag := res.Header.Get("ETag")
				if !strings.HasPrefix(tag, `"`) || !strings.HasSuffix(tag, `"`) {
					t.Fatalf("Accept-Encoding %q: ETag %q is not a strong quoted tag", accept, tag)
				}
				if other, dup := seen[tag]; dup {
					t.Errorf("Accept-Encoding %q and %q share ETag %s", accept, other, tag)
				}
				seen[tag] = accept
				again, _ := get(t, h, "GET", tt.target, "Accept-Encoding", accept)
				if got := again.Header.Get("ETag"); got != tag {
					t.Errorf("Accept-Encoding %q: ETag changed between requests: %s, then %s", accept, tag, got)
				}
			}
		})
	}
}

// TestConditional checks If-None-Match, Range and If-Range against the
// ETags the handler itself sent.
func TestConditional(t *testing.T) {
	h := newHandler(openTestRoot(t))
	tagOf := func(accept string) string {
		res, _ := get(t, h, "GET", "/app.wasm", "Accept-Encoding", accept)
		return res.Header.Get("ETag")
	}
	raw, br := tagOf(""), tagOf("br")

	tests := []struct {
		name    string
		method  string
		headers []string
		status  int
		body    string
		crange  string // Content-Range
	}{
		{"matching tag", "GET", []string{"If-None-Match", raw}, 304, "", ""},
		{"matching tag, head", "HEAD", []string{"If-None-Match", raw}, 304, "", ""},
		{"tag in a list", "GET", []string{"If-None-Match", `"nope", ` + raw}, 304, "", ""},
		{"weak form of the tag", "GET", []string{"If-None-Match", "W/" + raw}, 304, "", ""},
		{"br tag, br accepted", "GET", []string{"If-None-Match", br, "Accept-Encoding", "br"}, 304, "", ""},
		{"br tag, br not accepted", "GET", []string{"If-None-Match", br}, 200, wasmRaw, ""},
		{"raw tag, br accepted", "GET", []string{"If-None-Match", raw, "Accept-Encoding", "br"}, 200, wasmBr, ""},
		{"other tag", "GET", []string{"If-None-Match", `"0123"`}, 200, wasmRaw, ""},
		{"range", "GET", []string{"Range", "bytes=2-5"}, 206, wasmRaw[2:6], fmt.Sprintf("bytes 2-5/%d", len(wasmRaw))},
		{"suffix range", "GET", []string{"Range", "bytes=-4"}, 206, wasmRaw[len(wasmRaw)-4:], fmt.Sprintf("bytes %d-%d/%d", len(wasmRaw)-4, len(wasmRaw)-1, len(wasmRaw))},
		{"range of the br twin", "GET", []string{"Range", "bytes=1-3", "Accept-Encoding", "br"}, 206, wasmBr[1:4], fmt.Sprintf("bytes 1-3/%d", len(wasmBr))},
		{"range past the end", "GET", []string{"Range", "bytes=1000-"}, 416, "", fmt.Sprintf("bytes */%d", len(wasmRaw))},
		{"if-range current", "GET", []string{"Range", "bytes=0-3", "If-Range", raw}, 206, wasmRaw[:4], fmt.Sprintf("bytes 0-3/%d", len(wasmRaw))},
		{"if-range stale", "GET", []string{"Range", "bytes=0-3", "If-Range", `"stale"`}, 200, wasmRaw, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := get(t, h, tt.method, "/app.wasm", tt.headers...)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if tt.status != 416 && body != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			if got := res.Header.Get("Content-Range"); got != tt.crange {
				t.Errorf("Content-Range = %q, want %q", got, tt.crange)
			}
			if tt.status == 304 {
				for _, k := range []string{"Content-Length", "Content-Type", "Content-Encoding"} {
					if v := res.Header.Get(k); v != "" {
						t.Errorf("304 carries %s: %q", k, v)
					}
				}
				if res.Header.Get("ETag") == "" {
					t.Error("304 without its ETag")
				}
			}
			if tt.status == 200 || tt.status == 206 {
				if got := res.Header.Get("Content-Length"); got != strconv.Itoa(len(tt.body)) {
					t.Errorf("Content-Length = %q, want %d", got, len(tt.body))
				}
			}
		})
	}
}

// TestRebuild rewrites files while the handler serves them: the ETag and an
// HTML page's policy follow the new content, and an unchanged file is not
// read again.
func TestRebuild(t *testing.T) {
	dir := newTestRoot(t)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	h := newHandler(root).(*fileHandler)
	later := time.Now().Add(time.Hour)
	rewrite := func(name, content string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		later = later.Add(time.Second)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name    string
		target  string
		rewrite string // new content; "" leaves the file alone
		header  string // the header that must change with the content
	}{
		{"wasm same size", "/app.wasm", strings.ToUpper(wasmRaw), "ETag"},
		{"page style", "/styled.html", strings.Replace(styledHTML, "red", "blue", 1), "Content-Security-Policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := get(t, h, "GET", tt.target)
			before, tag := res.Header.Get(tt.header), res.Header.Get("ETag")
			reads := h.sums.reads
			res, _ = get(t, h, "GET", tt.target, "If-None-Match", tag)
			if res.StatusCode != 304 {
				t.Fatalf("unchanged file: status %d, want 304", res.StatusCode)
			}
			if h.sums.reads != reads {
				t.Errorf("an unchanged file was hashed again (%d reads, then %d)", reads, h.sums.reads)
			}
			rewrite(strings.TrimPrefix(tt.target, "/"), tt.rewrite)
			res, body := get(t, h, "GET", tt.target, "If-None-Match", tag)
			if res.StatusCode != 200 || body != tt.rewrite {
				t.Fatalf("rebuilt file: status %d body %q, want 200 %q", res.StatusCode, body, tt.rewrite)
			}
			if after := res.Header.Get(tt.header); after == before {
				t.Errorf("%s unchanged after the rebuild: %q", tt.header, after)
			}
		})
	}
}

// TestPagePolicy checks that an HTML page's policy lists exactly its inline
// style and script by hash, also when its twin is sent, and that other
// files get the base policy.
func TestPagePolicy(t *testing.T) {
	h := newHandler(openTestRoot(t))
	sha := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	page := "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' " + sha(styledJS) + "; connect-src 'self'; worker-src 'self'; manifest-src 'self'; style-src " + sha(styledCSS) + "; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	tests := []struct {
		target, accept, want string
	}{
		{"/styled.html", "", page},
		{"/styled.html", "br", page},
		{"/index.html", "", basePolicy},
		{"/app.wasm", "br", basePolicy},
		{"/nope.html", "", basePolicy},
	}
	for _, tt := range tests {
		res, _ := get(t, h, "GET", tt.target, "Accept-Encoding", tt.accept)
		if got := res.Header.Get("Content-Security-Policy"); got != tt.want {
			t.Errorf("%s (Accept-Encoding %q): policy\n%s\nwant\n%s", tt.target, tt.accept, got, tt.want)
		}
	}
}
