"""Use cases over storage and domain: plain Python in and out. No Qt."""
