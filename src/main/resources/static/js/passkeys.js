// Passkeys (WebAuthn): adding one on the account page (#add-passkey) and using one at the second step of signing in
// (#use-passkey). The server makes the challenge and checks the answer; this script only carries them between the
// server and the browser's navigator.credentials. Without it the pages say that passkeys need JavaScript, and the
// app's code and recovery codes work as before.

const toBytes = (value) => {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
};

const toBase64url = (buffer) => {
  let text = '';
  new Uint8Array(buffer).forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const post = async (form, url, body) => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-CSRF-TOKEN': form.querySelector('input[name="_csrf"]').value,
    },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.message || form.dataset.failed);
  }
  return answer;
};

const showError = (form, message) => {
  const error = form.querySelector('#passkey-error');
  error.textContent = message;
  error.hidden = false;
  const group = form.querySelector('.govuk-form-group');
  if (group) {
    group.classList.add('govuk-form-group--error');
  }
};

const ceremony = (form, run) => {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const answer = await run();
      window.location.assign(answer.redirect);
    } catch (failure) {
      // A browser's own errors (cancelled, timed out) are in English: show ours instead.
      showError(form, failure instanceof DOMException ? form.dataset.failed : failure.message || form.dataset.failed);
      button.disabled = false;
    }
  });
};

if (window.PublicKeyCredential && navigator.credentials) {
  document.querySelectorAll('[data-passkey-no-script]').forEach((text) => { text.hidden = true; });

  const add = document.getElementById('add-passkey');
  if (add) {
    add.hidden = false;
    ceremony(add, async () => {
      const name = add.querySelector('#passkey-name').value;
      const options = await post(add, add.dataset.options, { name });
      options.challenge = toBytes(options.challenge);
      options.user.id = toBytes(options.user.id);
      options.excludeCredentials = options.excludeCredentials.map((c) => ({ ...c, id: toBytes(c.id) }));
      const credential = await navigator.credentials.create({ publicKey: options });
      return post(add, add.action, {
        name,
        clientDataJSON: toBase64url(credential.response.clientDataJSON),
        attestationObject: toBase64url(credential.response.attestationObject),
      });
    });
  }

  const use = document.getElementById('use-passkey');
  if (use) {
    use.hidden = false;
    ceremony(use, async () => {
      const options = await post(use, use.dataset.options);
      options.challenge = toBytes(options.challenge);
      options.allowCredentials = options.allowCredentials.map((c) => ({ ...c, id: toBytes(c.id) }));
      const credential = await navigator.credentials.get({ publicKey: options });
      return post(use, use.action, {
        id: toBase64url(credential.rawId),
        clientDataJSON: toBase64url(credential.response.clientDataJSON),
        authenticatorData: toBase64url(credential.response.authenticatorData),
        signature: toBase64url(credential.response.signature),
      });
    });
  }
}
