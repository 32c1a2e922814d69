package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"strings"
)

// Content-Security-Policy: what the page (public/) needs and nothing more.
//
//   - script-src 'self': wasm_exec.js, loader.js, and in the worker
//     importScripts of wasm_exec.js and kernels.js. 'wasm-unsafe-eval':
//     compiling WebAssembly (app.wasm in the page; worker.wasm and
//     kernels.wasm in the worker). Inline scripts are allowed by hash only
//     (see htmlPolicy).
//   - connect-src 'self': fetch() of the .wasm files.
//   - worker-src 'self': new Worker('worker.js') and the service worker,
//     sw.js.
//   - img-src 'self' data:: index.html's favicon is a data: URL; the app's
//     icons (icon-192.png) are files.
//   - manifest-src 'self': manifest.webmanifest, which makes the page
//     installable.
//   - style-src: only the hashes of index.html's inline <style> elements.
//     Ebiten and loader.js set styles through element.style (CSSOM), which
//     CSP does not restrict.
//   - default-src 'none' for everything else (fonts, frames, objects,
//     media); base-uri and form-action do not fall back to it.
//   - frame-ancestors 'none': nobody may frame the page (clickjacking).
//
// A dedicated worker takes its policy from its own script's response, so
// every response carries the policy, not only the HTML.
const basePolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// setSecurityHeaders sets the headers every response carries; policy is the
// Content-Security-Policy.
func setSecurityHeaders(h http.Header, policy string) {
	h.Set("Content-Security-Policy", policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY") // frame-ancestors for browsers without CSP 2
	h.Set("Referrer-Policy", "no-referrer")
	// The page opens no popups and is opened by none it must talk to.
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// inlineHashes are the CSP hash sources ("'sha256-…'") of an HTML file's
// inline <script> and <style> elements.
type inlineHashes struct {
	scripts, styles []string
}

// htmlPolicy is basePolicy extended with the hashes of the page's inline
// scripts and styles, so that exactly those run, and no other inline code.
// Hashing them when serving (the file cache keeps the result) means an edit
// of index.html never needs a matching edit here.
func htmlPolicy(in inlineHashes) string {
	p := basePolicy
	if len(in.scripts) > 0 {
		p = strings.Replace(p, "'wasm-unsafe-eval'", "'wasm-unsafe-eval' "+strings.Join(in.scripts, " "), 1)
	}
	if len(in.styles) > 0 {
		p = strings.Replace(p, "; img-src", "; style-src "+strings.Join(in.styles, " ")+"; img-src", 1)
	}
	return p
}

// findInline returns the hashes of the inline <script> (those without a src
// attribute) and <style> elements of an HTML document. It reads the
// document as an HTML parser does where it matters for the hash: the
// elements' text is raw up to the first "</script" or "</style" in any
// case, comments hide tags, and line endings are normalised to "\n" before
// hashing. It is not a full HTML tokenizer: an element it misreads gets a
// wrong hash, so the browser blocks it (and reports it) rather than running
// something unlisted.
func findInline(doc []byte) inlineHashes {
	var in inlineHashes
	lower := bytes.ToLower(doc)
	for i := 0; i < len(doc); {
		lt := bytes.IndexByte(lower[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		if bytes.HasPrefix(lower[i:], []byte("<!--")) {
			end := bytes.Index(lower[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		name := ""
		for _, n := range []string{"script", "style"} {
			if bytes.HasPrefix(lower[i+1:], []byte(n)) && endsTagName(lower, i+1+len(n)) {
				name = n
			}
		}
		if name == "" {
			i++
			continue
		}
		attrs, body, ok := rawElement(doc, lower, i+1+len(name), name)
		if !ok {
			break
		}
		i = body.end
		if name == "script" && hasAttr(attrs, "src") {
			continue
		}
		src := hashSource(doc[body.start:body.end])
		if name == "script" {
			in.scripts = append(in.scripts, src)
		} else {
			in.styles = append(in.styles, src)
		}
	}
	return in
}

// endsTagName reports whether a tag name ends at doc[i].
func endsTagName(doc []byte, i int) bool {
	return i >= len(doc) || strings.IndexByte(" \t\n\f\r/>", doc[i]) >= 0
}

type span struct{ start, end int }

// rawElement reads a raw-text element whose name ends at doc[i]: its
// attribute text, and the span of its content up to the closing tag (or the
// end of the document).
func rawElement(doc, lower []byte, i int, name string) (attrs []byte, body span, ok bool) {
	gt := tagEnd(doc, i)
	if gt < 0 {
		return nil, span{}, false
	}
	start := gt + 1
	for k := start; k < len(doc); {
		end := bytes.Index(lower[k:], []byte("</"+name))
		if end < 0 {
			break
		}
		k += end
		if endsTagName(lower, k+2+len(name)) {
			return lower[i:gt], span{start, k}, true
		}
		k++
	}
	return lower[i:gt], span{start, len(doc)}, true
}

// tagEnd returns the index of the '>' that ends the tag whose attributes
// start at doc[i] (the first one outside quotes), or -1.
func tagEnd(doc []byte, i int) int {
	var quote byte
	for j := i; j < len(doc); j++ {
		c := doc[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	return -1
}

// hasAttr reports whether a start tag's attribute text (lower case) has the
// attribute name, with or without a value.
func hasAttr(attrs []byte, name string) bool {
	s := string(attrs)
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t\n\f\r/")
		n := strings.IndexAny(s, " \t\n\f\r/=>")
		if n < 0 {
			n = len(s)
		}
		if n == 0 && len(s) > 0 {
			s = s[1:]
			continue
		}
		if s[:n] == name {
			return true
		}
		s = strings.TrimLeft(s[n:], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s != "" && (s[0] == '"' || s[0] == '\'') {
			end := strings.IndexByte(s[1:], s[0])
			if end < 0 {
				return false
			}
			s = s[end+2:]
		} else if end := strings.IndexAny(s, " \t\n\f\r>"); end >= 0 {
			s = s[end:]
		} else {
			s = ""
		}
	}
	return false
}

// hashSource returns the CSP source for an inline element's text.
func hashSource(text []byte) string {
	text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	sum := sha256.Sum256(text)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// hostGuard defends a server on a loopback address against DNS rebinding:
// a web page from a domain that its owner points at 127.0.0.1 could
// otherwise read this server's answers as same-origin. Browsers send that
// domain in Host, so a loopback server answers only Host localhost,
// 127.0.0.1 or [::1] with its own port (or without one on port 80), and
// sends 421 to anything else. A server on any other address (including the
// wildcard 0.0.0.0) is meant to be reached by other names, and accepts all.
func hostGuard(h http.Handler, addr net.Addr) http.Handler {
	host, port, err := net.SplitHostPort(addr.String())
	ip := net.ParseIP(host)
	if err != nil || ip == nil || !ip.IsLoopback() {
		return h
	}
	allowed := map[string]bool{}
	for _, name := range []string{"localhost", "127.0.0.1", "[::1]"} {
		allowed[name+":"+port] = true
		if port == "80" {
			allowed[name] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed[strings.ToLower(r.Host)] {
			http.Error(w, "421 misdirected request: this server answers only to localhost, 127.0.0.1 and [::1] on port "+port, http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}
