package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestFindInline(t *testing.T) {
	tests := []struct {
		name            string
		doc             string
		scripts, styles []string // the elements' texts
	}{
		{"none", "<!doctype html><p>hi</p>", nil, nil},
		{"style", "<style>a{}</style>", nil, []string{"a{}"}},
		{"upper case, attributes, spaced end tag", "<STYLE media=\"x\">b</Style >", nil, []string{"b"}},
		{"'>' inside a quoted attribute", "<style title=\"a>b\">x</style>", nil, []string{"x"}},
		{"external script", "<script src=\"x.js\"></script>", nil, nil},
		{"external script, unquoted, after another attribute", "<script async src=x.js></script>", nil, nil},
		{"data-src is not src", "<script data-src=\"y\">z</script>", []string{"z"}, nil},
		{"src inside another attribute's value", "<script title=\" src=\">w</script>", []string{"w"}, nil},
		{"module script", "<script type=\"module\">m()</script>", []string{"m()"}, nil},
		{"end tag look-alike in the text", "<script>let a = '</scrip' + 't';</script>", []string{"let a = '</scrip' + 't';"}, nil},
		{"a longer end tag name does not end it", "<style>a</styles>b</style>", nil, []string{"a</styles>b"}},
		{"commented out", "<!-- <style>hidden</style> --><style>c</style>", nil, []string{"c"}},
		{"not these elements", "<stylesheet>s</stylesheet><scripts>t</scripts>", nil, nil},
		{"CRLF becomes LF", "<style>\r\na{}\r\n</style>", nil, []string{"\na{}\n"}},
		{"unterminated", "<style>x", nil, []string{"x"}},
		{"unterminated start tag", "<style", nil, nil},
		{"several, in order", "<style>1</style><script>2</script><style>3</style>", []string{"2"}, []string{"1", "3"}},
	}
	hashes := func(texts []string) []string {
		var out []string
		for _, s := range texts {
			sum := sha256.Sum256([]byte(s))
			out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findInline([]byte(tt.doc))
			if want := hashes(tt.scripts); !slices.Equal(got.scripts, want) {
				t.Errorf("scripts = %v, want %v (hashes of %q)", got.scripts, want, tt.scripts)
			}
			if want := hashes(tt.styles); !slices.Equal(got.styles, want) {
				t.Errorf("styles = %v, want %v (hashes of %q)", got.styles, want, tt.styles)
			}
		})
	}
}

func TestHostGuard(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	tests := []struct {
		listen string
		host   string
		status int
	}{
		{"127.0.0.1:8080", "localhost:8080", 200},
		{"127.0.0.1:8080", "127.0.0.1:8080", 200},
		{"127.0.0.1:8080", "[::1]:8080", 200},
		{"127.0.0.1:8080", "LocalHost:8080", 200},
		{"127.0.0.1:8080", "localhost", 421},
		{"127.0.0.1:8080", "localhost:9090", 421},
		{"127.0.0.1:8080", "evil.example:8080", 421},
		{"127.0.0.1:8080", "evil.example", 421},
		{"127.0.0.1:8080", "127.0.0.1.nip.io:8080", 421},
		{"127.0.0.1:8080", "localhost.:8080", 421},
		{"127.0.0.1:8080", "", 421},
		{"127.0.0.2:8080", "evil.example:8080", 421},
		{"127.0.0.1:80", "localhost", 200},
		{"127.0.0.1:80", "localhost:80", 200},
		{"127.0.0.1:80", "evil.example", 421},
		{"[::1]:9000", "[::1]:9000", 200},
		{"[::1]:9000", "localhost:9000", 200},
		{"[::1]:9000", "evil.example:9000", 421},
		{"0.0.0.0:8080", "evil.example:8080", 200},
		{"[::]:8080", "anything", 200},
		{"192.168.1.5:8080", "digitlab.lan:8080", 200},
	}
	for _, tt := range tests {
		t.Run(tt.listen+" "+tt.host, func(t *testing.T) {
			addr, err := net.ResolveTCPAddr("tcp", tt.listen)
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest("GET", "/", nil)
			req.Host = tt.host
			rec := httptest.NewRecorder()
			hostGuard(ok, addr).ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Errorf("status = %d, want %d (%s)", rec.Code, tt.status, strings.TrimSpace(rec.Body.String()))
			}
		})
	}
}

// TestHostGuardOverTheWire checks the forms of request that set the host
// another way: an absolute URI overrides Host.
func TestHostGuardOverTheWire(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: hostGuard(newHandler(openTestRoot(t)), ln.Addr())}
	go srv.Serve(ln)
	defer srv.Close()
	self := "localhost:" + fmt.Sprint(ln.Addr().(*net.TCPAddr).Port)
	tests := []struct {
		target, host string
		status       int
	}{
		{"/", self, 200},
		{"/", "evil.example", 421},
		{"http://evil.example/", self, 421},
		{"http://" + self + "/", "evil.example", 200},
	}
	for _, tt := range tests {
		c := dial(t, ln.Addr().String())
		fmt.Fprintf(c.conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", tt.target, tt.host)
		res, _, err := c.response(5e9)
		if err != nil {
			t.Fatalf("%s with Host %s: %v", tt.target, tt.host, err)
		}
		if res.StatusCode != tt.status {
			t.Errorf("%s with Host %s: status %d, want %d", tt.target, tt.host, res.StatusCode, tt.status)
		}
	}
}
