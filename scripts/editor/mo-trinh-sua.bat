@echo off
rem Windows: double-click to start the web editor (npm run editor) and open it in the browser.
cd /d "%~dp0..\.."
npm run editor -- --open
pause
