# The local mail catcher of the run command: smtp4dev (a dotnet tool pinned in .config/dotnet-tools.json), so every
# e-mail the portal sends can be opened in a browser. Sourced by scripts/run.sh.
#   MP_MAIL=false            no catcher, e-mail stays off (letters wait in the outbox)
#   MP_MAIL_UI               its web page, default http://127.0.0.1:5081
#   MP_MAIL_SMTP_PORT        its SMTP port on 127.0.0.1, default 2525
# When Email__Smtp__Host is set already (a real SMTP server), no catcher is started and the settings are left alone.
# If it cannot start, the portal still runs, with e-mail off.

MAIL_CATCHER_PID=""

start_mail_catcher() {
  if [[ "${MP_MAIL:-true}" == "false" ]]; then echo "[run] e-mail: off (MP_MAIL=false); letters wait in the outbox"; return 0; fi
  if [[ -n "${Email__Smtp__Host:-}" ]]; then
    echo "[run] e-mail: through ${Email__Smtp__Host}:${Email__Smtp__Port:-25} (Email__* settings), no local mail catcher"
    return 0
  fi
  local ui="${MP_MAIL_UI:-http://127.0.0.1:5081}" port="${MP_MAIL_SMTP_PORT:-2525}" data="$root/.data/mail"
  mkdir -p "$data" "$root/.data/logs"
  if ! dotnet tool restore >"$root/.data/logs/smtp4dev-restore.log" 2>&1; then
    echo "[run] e-mail: off — the mail catcher smtp4dev could not be restored (see .data/logs/smtp4dev-restore.log)"
    return 0
  fi
  dotnet tool run smtp4dev -- --urls="$ui" --smtpport="$port" --bindaddress=127.0.0.1 --hostname=localhost --tlsmode=None \
    --imapport="" --pop3port="" --baseappdatapath="$data" --db=smtp4dev.db --nousersettings \
    >"$root/.data/logs/smtp4dev.log" 2>&1 &
  MAIL_CATCHER_PID=$!
  local i
  for i in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export Email__Enabled=true Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$port" Email__Smtp__Security=None
      export Email__Smtp__From="${Email__Smtp__From:-portal@localhost}"
      export Portal__PublicBaseUrl="${Portal__PublicBaseUrl:-$url}"
      echo "[run] e-mail: every letter the portal sends is caught by smtp4dev — open $ui (SMTP 127.0.0.1:$port)"
      return 0
    fi
    if ! kill -0 "$MAIL_CATCHER_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "[run] e-mail: off — the mail catcher smtp4dev did not start (see .data/logs/smtp4dev.log); the portal runs without it"
  stop_mail_catcher
}

stop_mail_catcher() {
  if [[ -n "$MAIL_CATCHER_PID" ]] && kill -0 "$MAIL_CATCHER_PID" 2>/dev/null; then
    kill "$MAIL_CATCHER_PID" 2>/dev/null || true
    wait "$MAIL_CATCHER_PID" 2>/dev/null || true
  fi
  MAIL_CATCHER_PID=""
}
