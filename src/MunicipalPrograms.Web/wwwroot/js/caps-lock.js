// Caps Lock warning next to the password field (sign-in page): the state is known only from a key or mouse event.
(() => {
    const password = document.getElementById('Password');
    const hint = document.getElementById('caps-lock');
    if (!password || !hint) return;
    const show = e => { if (e.getModifierState) hint.hidden = !e.getModifierState('CapsLock'); };
    ['keydown', 'keyup', 'mousedown'].forEach(type => password.addEventListener(type, show));
})();
