package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"sync"
	"time"
)

// fileSum is what sumCache knows about one file.
type fileSum struct {
	modTime time.Time
	size    int64
	// sum is the hex of the first 16 bytes of the content's SHA-256: the
	// ETag's core.
	sum string
	// inline holds the hashes of an HTML file's inline scripts and styles,
	// for its Content-Security-Policy; empty for other files.
	inline inlineHashes
}

// sumCache remembers each file's content hash, so that a request hashes a
// file only when it changed, not 8 MB per request. An entry is valid while
// the file's modification time and size are those it was hashed with: a
// rebuild while serving gets new ones, and the next request rehashes. A
// file rewritten in place with the same size within the file system's
// timestamp resolution would keep its old ETag; builds do not do that
// (they take far longer than the nanosecond resolution of ext4 or APFS).
// Entries are per path under the root, so the cache is bounded by the
// number of files served.
type sumCache struct {
	mu    sync.Mutex
	files map[string]fileSum
	// reads counts the files read and hashed, so tests can see the
	// cache work.
	reads int
}

func newSumCache() *sumCache {
	return &sumCache{files: make(map[string]fileSum)}
}

// get returns the sum of the file name, whose content is f and whose
// metadata is info (from the same open file, so that both describe one
// version). HTML files also get their inline hashes.
func (c *sumCache) get(name string, f io.ReaderAt, info fs.FileInfo) (fileSum, error) {
	c.mu.Lock()
	s, ok := c.files[name]
	c.mu.Unlock()
	if ok && s.modTime.Equal(info.ModTime()) && s.size == info.Size() {
		return s, nil
	}
	// Hash without the lock: two requests for a file that just changed
	// may both hash it, which costs time but not correctness.
	s = fileSum{modTime: info.ModTime(), size: info.Size()}
	content := io.NewSectionReader(f, 0, info.Size())
	h := sha256.New()
	if isHTML(name) {
		doc, err := io.ReadAll(content)
		if err != nil {
			return fileSum{}, err
		}
		h.Write(doc)
		s.inline = findInline(doc)
	} else if _, err := io.Copy(h, content); err != nil {
		return fileSum{}, err
	}
	s.sum = hex.EncodeToString(h.Sum(nil)[:16])
	c.mu.Lock()
	c.files[name] = s
	c.reads++
	c.mu.Unlock()
	return s, nil
}

// etag returns the strong ETag of a file with sum s sent with the given
// Content-Encoding ("" for none). s is the hash of the bytes actually sent,
// so a twin already differs from its original; the coding is added as well
// so that representations stay apart even if two files happen to be equal.
func etag(s fileSum, coding string) string {
	if coding == "" {
		return `"` + s.sum + `"`
	}
	return `"` + s.sum + "-" + coding + `"`
}
