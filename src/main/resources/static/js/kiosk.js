// Kiosk mode: after a while without use, a warning, then the same "finish and clear" as the button.
// Without JavaScript the server forgets the visit after the kiosk timeout anyway.
const body = document.body
const resetAfter = Number(body.dataset.kioskReset) * 1000
const warnAfter = Number(body.dataset.kioskWarn) * 1000
const warning = document.getElementById('kiosk-warning')
const finish = document.getElementById('kiosk-finish')
const stillHere = document.getElementById('kiosk-continue')
let warnTimer
let resetTimer
let lastPing = Date.now()

function schedule () {
  clearTimeout(warnTimer)
  clearTimeout(resetTimer)
  warning.hidden = true
  warnTimer = setTimeout(warn, warnAfter)
  resetTimer = setTimeout(() => finish.submit(), resetAfter)
}

function warn () {
  warning.hidden = false
  stillHere.focus()
}

// Someone typing a long answer makes no requests: tell the server they are still here, at most once a minute.
function keepAlive () {
  if (Date.now() - lastPing > 60000) {
    lastPing = Date.now()
    fetch('/kiosk/alive', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {})
  }
}

function activity () {
  if (warning.hidden) {
    schedule()
    keepAlive()
  }
}

if (finish && warning && resetAfter > 0) {
  for (const event of ['keydown', 'pointerdown', 'input', 'scroll', 'touchstart']) {
    document.addEventListener(event, activity, { passive: true })
  }
  stillHere.addEventListener('click', () => {
    lastPing = 0
    schedule()
    keepAlive()
  })
  schedule()
}

// A page brought back by the back button after "finish and clear" is fetched again, never shown from memory.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) {
    window.location.reload()
  }
})
