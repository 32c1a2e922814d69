package main

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
)

// newHandler returns the handler that serves the files under root.
//
// What it serves:
//   - Only GET and HEAD; other methods get 405 with an Allow header.
//   - Only regular files inside root. A path with a ".." segment (also when
//     percent-encoded, as in /%2e%2e/ or /..%2f), a backslash or a NUL byte
//     gets 400. Symlinks are followed only while they stay inside root
//     (os.Root enforces this); one that escapes is a 404.
//   - No directory listings: a directory serves its index.html, else 404. A
//     directory path without a trailing slash is redirected to one, so that
//     relative URLs in its index.html resolve.
//   - Precompressed twins: for X, the file X.br is sent with
//     "Content-Encoding: br" when Accept-Encoding allows br, else X.gz with
//     "Content-Encoding: gzip" when it allows gzip, else X itself. A twin is
//     used only if it is a regular file no older than X, so a rebuilt X is
//     never shadowed by a stale twin. Twins are not addressable: a request
//     for any *.br or *.gz path is a 404, and a twin without its X is never
//     served.
//
// Headers: Content-Type from X's extension (application/wasm for .wasm),
// Content-Length of the bytes actually sent (the compressed size for a twin),
// X-Uncompressed-Length with X's size (a fetch() stream counts decompressed
// bytes, so a progress bar needs it), Vary: Accept-Encoding, the security
// headers of setSecurityHeaders (for HTML, a policy that lists the page's
// inline styles and scripts by hash), and Cache-Control: no-cache on every
// response.
//
// Caching: every file has a strong ETag, a hash of the bytes sent (see
// sumCache and etag), so a twin's differs from X's. no-cache makes a browser
// revalidate each time, so a rebuild is seen at once, and a matching
// If-None-Match gets 304 with no body: a repeat visit with nothing changed
// transfers headers only. Range requests get 206 (of the encoded bytes, for
// a twin, as HTTP defines). Both come from http.ServeContent. There is no
// Last-Modified: the ETag says more, and twins have their own times.
func newHandler(root *os.Root) http.Handler {
	return &fileHandler{root: root, sums: newSumCache()}
}

type fileHandler struct {
	root *os.Root
	sums *sumCache
}

// encodings lists the precompressed twins in order of preference.
var encodings = []struct{ coding, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// contentTypes pins the types the app needs, independent of the system's
// mime tables; other extensions fall back to mime.TypeByExtension.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (h *fileHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("Vary", "Accept-Encoding")
	setSecurityHeaders(hdr, basePolicy)

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := cleanPath(r.URL.Path)
	if !ok {
		http.Error(w, "400 bad request: invalid path", http.StatusBadRequest)
		return
	}
	if ext := path.Ext(name); ext == ".br" || ext == ".gz" {
		http.NotFound(w, r)
		return
	}

	name, info, ok := h.resolve(w, r, name)
	if !ok {
		return
	}
	send, coding := h.pickTwin(name, info, r.Header.Values("Accept-Encoding"))

	f, err := h.root.Open(send)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	sent, err := f.Stat()
	if err != nil || !sent.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	sum, err := h.sums.get(send, f, sent)
	if err != nil {
		http.Error(w, "500 cannot read "+name, http.StatusInternalServerError)
		return
	}
	if isHTML(name) {
		page := sum
		if coding != "" {
			page, err = h.sumOf(name)
		}
		if err != nil {
			http.Error(w, "500 cannot read "+name, http.StatusInternalServerError)
			return
		}
		hdr.Set("Content-Security-Policy", htmlPolicy(page.inline))
	}

	hdr.Set("Content-Type", contentType(name))
	hdr.Set("ETag", etag(sum, coding))
	if coding != "" {
		hdr.Set("Content-Encoding", coding)
		// ServeContent leaves Content-Length out when Content-Encoding is
		// set (it cannot know whether the handler compresses on the fly);
		// a twin is sent as it is, so its size is the length. A 206
		// replaces it and a 304 or an error removes it.
		hdr.Set("Content-Length", strconv.FormatInt(sent.Size(), 10))
	}
	hdr.Set("X-Uncompressed-Length", strconv.FormatInt(info.Size(), 10))
	// The section fixes the size at what Stat saw: if the file grows while
	// it is sent (a rebuild), the response still matches its
	// Content-Length.
	http.ServeContent(w, r, name, time.Time{}, io.NewSectionReader(f, 0, sent.Size()))
}

// sumOf returns the sum of the file name, opening it.
func (h *fileHandler) sumOf(name string) (fileSum, error) {
	f, err := h.root.Open(name)
	if err != nil {
		return fileSum{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fileSum{}, err
	}
	return h.sums.get(name, f, info)
}

func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// resolve finds the regular file that name (cleaned from r's path) stands
// for: the file itself, or a directory's index.html. If there is none it
// answers the request itself (404, or a redirect that adds a directory's
// trailing slash) and reports false.
func (h *fileHandler) resolve(w http.ResponseWriter, r *http.Request, name string) (string, fs.FileInfo, bool) {
	slash := strings.HasSuffix(r.URL.Path, "/")
	info, err := h.root.Stat(name)
	switch {
	case err != nil, !info.IsDir() && slash: // "/app.wasm/" is not a directory
		http.NotFound(w, r)
		return "", nil, false
	case info.IsDir() && !slash:
		// Built from the cleaned name, so it is always a local path
		// ("//evil.example" cannot come back out).
		target := "/"
		if name != "." {
			target += name + "/"
		}
		u := url.URL{Path: target, RawQuery: r.URL.RawQuery}
		http.Redirect(w, r, u.String(), http.StatusMovedPermanently)
		return "", nil, false
	case info.IsDir():
		name = path.Join(name, "index.html")
		if info, err = h.root.Stat(name); err != nil {
			http.NotFound(w, r)
			return "", nil, false
		}
	}
	if !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return "", nil, false
	}
	return name, info, true
}

// pickTwin returns the file to send for name and its Content-Encoding: the
// first precompressed twin the client accepts that is a regular file no
// older than name, else name itself with no encoding.
func (h *fileHandler) pickTwin(name string, info fs.FileInfo, accept []string) (send, coding string) {
	for _, e := range encodings {
		if !acceptsEncoding(accept, e.coding) {
			continue
		}
		twin, err := h.root.Stat(name + e.ext)
		if err == nil && twin.Mode().IsRegular() && !twin.ModTime().Before(info.ModTime()) {
			return name + e.ext, e.coding
		}
	}
	return name, ""
}

// cleanPath turns a request path into a name for os.Root, or reports false
// for a path that tries to leave the root or is otherwise unsafe. The path is
// already percent-decoded, so %2e%2e and %2f arrive here as ".." and "/".
func cleanPath(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" {
		name = "."
	}
	return name, true
}

// acceptsEncoding reports whether the Accept-Encoding header values allow
// coding: listed with q > 0, or not listed and covered by "*" with q > 0. A
// malformed q counts as 0, so in doubt the raw file is sent.
func acceptsEncoding(values []string, coding string) bool {
	star := false
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			tok, params, _ := strings.Cut(part, ";")
			tok = strings.ToLower(strings.TrimSpace(tok))
			if tok != coding && tok != "*" {
				continue
			}
			ok := qualityAllows(params)
			if tok == coding {
				return ok
			}
			star = ok
		}
	}
	return star
}

// qualityAllows reports whether the parameters after a coding (";q=0.5")
// give it a weight above zero. No q means 1.
func qualityAllows(params string) bool {
	for p := range strings.SplitSeq(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		return err == nil && q > 0 && q <= 1
	}
	return true
}
