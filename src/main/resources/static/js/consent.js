// Consent form: reading the information in the other language keeps the destination already chosen.
document.addEventListener('change', function (event) {
    if (event.target.id !== 'destination' || !document.getElementById('consent-form')) {
        return;
    }
    document.querySelectorAll('.text-language a').forEach(function (link) {
        var url = new URL(link.href, window.location.href);
        url.searchParams.set('destination', event.target.value);
        link.href = url.pathname + url.search;
    });
});
