// Command ferretdb-test runs FerretDB v1.24.2 embedded, for the store contract suite.
//
// A plain `go install .../cmd/ferretdb` builds a binary that panics on a missing version file, so
// we embed the library instead and start it ourselves.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:27018", "TCP address to listen on")
	handler := flag.String("handler", "postgresql", "backend handler: postgresql or sqlite")
	pgURL := flag.String("postgresql-url", "postgres://postgres@127.0.0.1:5432/ferretdb", "PostgreSQL URL (postgresql handler)")
	sqliteURL := flag.String("sqlite-url", "", "SQLite directory URL, e.g. file:/tmp/ferret/ (sqlite handler)")
	flag.Parse()

	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *addr},
		Handler:  *handler,
	}
	switch *handler {
	case "postgresql":
		cfg.PostgreSQLURL = *pgURL
	case "sqlite":
		cfg.SQLiteURL = *sqliteURL
	default:
		log.Fatalf("unknown handler %q", *handler)
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		log.Fatalf("ferretdb.New: %v", err)
	}

	// SIGTERM / SIGINT cancel the context; Run returns once listeners are closed.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	fmt.Fprintf(os.Stderr, "ferretdb %s listening: %s\n", moduleVersion(), f.MongoDBURI())
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("ferretdb.Run: %v", err)
	}
	fmt.Fprintln(os.Stderr, "ferretdb stopped")
}

// moduleVersion is the FerretDB module version compiled in: an embedded FerretDB reports "unknown" in
// buildInfo, so the launcher states it from the binary's own build information.
func moduleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	for _, dep := range info.Deps {
		if dep.Path == "github.com/FerretDB/FerretDB" {
			return dep.Version
		}
	}
	return "(unknown version)"
}
