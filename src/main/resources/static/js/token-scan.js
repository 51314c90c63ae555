// Scanning a household's QR code with the phone's camera (checkpoint screen, boarding and arrival), where
// the browser can read barcodes itself (BarcodeDetector). Elsewhere staff type the token printed under the code.
(function () {
    'use strict';

    function start(button, video, input, form) {
        var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
            video.srcObject = stream;
            video.hidden = false;
            button.hidden = true;
            video.play();
            var stop = function () {
                stream.getTracks().forEach(function (track) { track.stop(); });
                video.hidden = true;
                button.hidden = false;
            };
            var look = function () {
                if (video.hidden) {
                    return;
                }
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        input.value = codes[0].rawValue;
                        stop();
                        form.submit();
                    } else {
                        window.setTimeout(look, 250);
                    }
                }).catch(function () { window.setTimeout(look, 500); });
            };
            look();
        }).catch(function () {
            document.getElementById('camera-unavailable').hidden = false;
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('camera-button');
        var video = document.getElementById('camera');
        var input = document.getElementById('token');
        var form = document.getElementById('scan-form');
        if (!button || !video || !input || !form) {
            return;
        }
        if ('BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
            button.hidden = false;
            button.addEventListener('click', function () { start(button, video, input, form); });
        } else {
            document.getElementById('camera-unavailable').hidden = false;
        }
    });
})();
