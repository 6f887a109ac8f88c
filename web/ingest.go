package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"

	"conflictmap/layers"
)

// tokenEqual compares tokens in constant time (hashing first hides their lengths too).
func tokenEqual(got, want string) bool {
	a, b := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1 && got != ""
}

var ingestTypes = map[string]bool{
	layers.MediaText: true, layers.MediaMarkdown: true, layers.MediaHTML: true, layers.MediaJSON: true,
}

// postArticle reads an article, extracts its events and stores it: 201 with what it created
// and merged (writeIngested).
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if s.ex == nil {
		return problem(http.StatusServiceUnavailable, typeInternal, "No extractor", "this server cannot read articles")
	}
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || !ingestTypes[mt] {
		return problem(http.StatusUnsupportedMediaType, typeMediaType, "Unsupported media type",
			"Content-Type %q: send text/plain, text/markdown, text/html or application/json", ct)
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		return problem(http.StatusUnsupportedMediaType, typeMediaType, "Unsupported charset", "charset %q: send UTF-8", cs)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return problem(http.StatusRequestEntityTooLarge, typeTooLarge, "Article too large", "the body is larger than %d bytes", s.cfg.MaxBodyBytes)
		}
		return problem(http.StatusBadRequest, typeInvalidParameter, "Unreadable body", "%v", err)
	}
	if len(body) == 0 {
		return problem(http.StatusUnprocessableEntity, typeUnprocessable, "Empty article", "the body is empty")
	}
	if !utf8.Valid(body) {
		return problem(http.StatusBadRequest, typeEncoding, "Not UTF-8", "the body is not valid UTF-8 text")
	}
	res, err := s.extract(r.Context(), w, r.URL.Query().Get("name"), body, mt)
	if err != nil {
		var p *Problem
		switch {
		case errors.As(err, &p), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
			return err
		case errors.Is(err, layers.ErrTooLarge):
			return problem(http.StatusRequestEntityTooLarge, typeTooLarge, "Article too large", "%v", err)
		case errors.Is(err, layers.ErrNotText):
			return problem(http.StatusBadRequest, typeEncoding, "Not text", "%v", err)
		}
		return problem(http.StatusUnprocessableEntity, typeUnprocessable, "Cannot read the article", "%v", err)
	}
	if res == nil || res.Article.ID == "" {
		return problem(http.StatusUnprocessableEntity, typeUnprocessable, "Cannot read the article", "the extractor gave no article id")
	}
	if err := checkTitle(res); err != nil {
		return err
	}
	if err := layers.CheckPublished(res.Article.Published); err != nil {
		return problem(http.StatusBadRequest, typeInvalidParameter, "Invalid published date", "%v", err)
	}
	pr, err := s.store.PutArticle(r.Context(), res)
	if err != nil {
		if errors.Is(err, layers.ErrInvalid) {
			return problem(http.StatusUnprocessableEntity, typeUnprocessable, "Cannot store the article", "%v", err)
		}
		return err
	}
	return s.writeIngested(w, r, res, pr)
}

func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	f, err := formatOf(v, r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	limit, err := parseLimit(v.Get("limit"), s.cfg.DefaultLimit, s.cfg.MaxLimit)
	if err != nil {
		return err
	}
	offset, err := parseOffset(v.Get("offset"))
	if err != nil {
		return err
	}
	list, total, err := s.store.ListArticles(r.Context(), offset, limit)
	if err != nil {
		return err
	}
	if list == nil {
		list = []layers.ArticleSummary{}
	}
	b := baseURL(r) + "/api/articles"
	links := []Link{{b + "?f=json&offset=" + strconv.Itoa(offset) + "&limit=" + strconv.Itoa(limit), "self", mtJSON, "This page"}}
	if offset+len(list) < total {
		links = append(links, Link{b + "?f=" + f + "&offset=" + strconv.Itoa(offset+len(list)) + "&limit=" + strconv.Itoa(limit), "next", mtJSON, "Next page"})
	}
	if offset > 0 {
		links = append(links, Link{b + "?f=" + f + "&offset=" + strconv.Itoa(max(0, offset-limit)) + "&limit=" + strconv.Itoa(limit), "prev", mtJSON, "Previous page"})
	}
	if f == "html" {
		t := &table{Head: []string{"Title", "Publication", "Published", "Events", "Mentions"}}
		for _, a := range list {
			t.Rows = append(t.Rows, []cell{{Text: orDefaultStr(a.Title, a.ID), Href: "/api/articles/" + a.ID + "?f=html"},
				{Text: a.Publication}, {Text: a.Published}, {Text: strconv.Itoa(a.Events)}, {Text: strconv.Itoa(a.Mentions)}})
		}
		return s.renderHTML(w, page{Title: "Articles", Intro: strconv.Itoa(total) + " articles", Crumbs: crumbs(r, "Articles"), Table: t, Links: links})
	}
	return writeJSON(w, 200, mtJSON, map[string]any{"articles": list, "numberMatched": total, "numberReturned": len(list), "links": links})
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	id := chi.URLParam(r, "id")
	a, err := s.store.GetArticle(r.Context(), id)
	if err != nil {
		if errors.Is(err, layers.ErrNotFound) {
			return notFound("no article %q", id)
		}
		return err
	}
	mentions := make([]layers.MentionJSON, 0, len(a.Mentions))
	for _, m := range a.Mentions {
		mj := layers.MentionJSON{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role}
		if p := m.Place; p != nil {
			mj.Place = &layers.PlaceJSON{Name: p.Name, PlaceID: p.ID, Country: p.Country, Level: string(p.Level), Lat: p.Lat, Lon: p.Lon}
		}
		mentions = append(mentions, mj)
	}
	events := a.EventIDs
	if events == nil {
		events = []string{}
	}
	if f == "html" {
		t := &table{Head: []string{"Mention", "Role", "Place", "Country"}}
		for _, m := range mentions {
			row := []cell{{Text: m.Text}, {Text: m.Role}, {}, {}}
			if m.Place != nil {
				row[2] = cell{Text: m.Place.Name, Href: "/api/collections/places/items/" + m.Place.PlaceID + "?f=html"}
				row[3] = cell{Text: m.Place.Country}
			}
			t.Rows = append(t.Rows, row)
		}
		ev := &table{Head: []string{"Event"}}
		for _, id := range events {
			ev.Rows = append(ev.Rows, []cell{{Text: id, Href: "/api/collections/events/items/" + id + "?f=html"}})
		}
		intro := strings.TrimSpace(a.Article.Publication + " " + a.Article.Published)
		return s.renderHTML(w, page{Title: orDefaultStr(a.Article.Title, id), Intro: intro, Crumbs: crumbs(r, id), Table: ev, Extra: t, JSON: a.Article.Raw})
	}
	return writeJSON(w, 200, mtJSON, map[string]any{
		"id": a.Article.ID, "title": a.Article.Title, "publication": a.Article.Publication,
		"published": a.Article.Published, "url": a.Article.URL, "text": a.Article.Raw,
		"mentions": mentions, "events": events,
	})
}

func (s *Server) deleteArticle(w http.ResponseWriter, r *http.Request) error {
	id := chi.URLParam(r, "id")
	if err := s.store.DeleteArticle(r.Context(), id); err != nil {
		if errors.Is(err, layers.ErrNotFound) {
			return notFound("no article %q", id)
		}
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
