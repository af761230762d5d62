#!/bin/sh
# Linux: start the web editor (npm run editor) and open it in the browser.
cd "$(dirname "$0")/../.." && npm run editor -- --open
