// The corridor map. Works offline: routes and checkpoints are drawn over a plain background with a grid of
// degrees for orientation; map tiles are added only when the server names a tile URL (data-tiles).
(function () {
    'use strict';

    var STATUS_COLOURS = { OPEN: '#1e7a46', SUSPENDED: '#b26b00', CLOSED: '#a4262c', PLANNED: '#0b5563' };

    function name(properties, arabic) {
        return (arabic ? properties.nameAr : properties.nameEn) || properties.code;
    }

    // Labels are set as text (never as HTML) in the page's direction, so Arabic names read right to left.
    function label(text, arabic) {
        var span = document.createElement('span');
        span.dir = arabic ? 'rtl' : 'ltr';
        span.textContent = text;
        return span;
    }

    // Lines every half degree across the whole view and well beyond it, so panning never runs out of them.
    function graticule(map, bounds) {
        var step = 0.5, margin = 6;
        var south = Math.floor(bounds.getSouth() / step) * step - margin;
        var north = Math.ceil(bounds.getNorth() / step) * step + margin;
        var west = Math.floor(bounds.getWest() / step) * step - margin;
        var east = Math.ceil(bounds.getEast() / step) * step + margin;
        var style = { color: '#b9ab8c', weight: 1, opacity: 0.6, interactive: false };
        for (var lat = south; lat <= north; lat += step) {
            L.polyline([[lat, west], [lat, east]], style).addTo(map);
        }
        for (var lon = west; lon <= east; lon += step) {
            L.polyline([[south, lon], [north, lon]], style).addTo(map);
        }
    }

    function draw(element) {
        var data = JSON.parse(element.getAttribute('data-features'));
        var arabic = document.documentElement.lang === 'ar';
        var minutes = element.getAttribute('data-label-minutes') || 'min';
        var campLabel = element.getAttribute('data-label-camp') || 'Camp';
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 16 }).addTo(map);
            element.classList.add('with-tiles');
        }
        var camps = {};
        var ends = [];
        var layer = L.geoJSON(data, {
            style: function (feature) {
                var status = feature.properties.status;
                return {
                    color: STATUS_COLOURS[status] || '#0b5563', weight: 5, opacity: 0.9,
                    dashArray: status === 'OPEN' ? null : '10 8'
                };
            },
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, {
                    radius: 8, color: '#1d2a30', weight: 2, fillColor: '#f2c14e', fillOpacity: 1
                });
            },
            onEachFeature: function (feature, shape) {
                var p = feature.properties;
                if (p.kind === 'checkpoint') {
                    shape.bindTooltip(label(p.sequence + '. ' + name(p, arabic) + ' (' + p.expectedMinutesFromCamp + ' '
                        + minutes + ')', arabic), { permanent: true, direction: 'right', className: 'map-label' });
                } else {
                    shape.bindTooltip(label(name(p, arabic), arabic), { sticky: true, className: 'map-label route-label' });
                    var coordinates = feature.geometry.coordinates;
                    var start = coordinates[0];
                    var end = coordinates[coordinates.length - 1];
                    camps[start[1] + ',' + start[0]] = [start[1], start[0]];
                    ends.push({ at: [end[1], end[0]], name: p.to });
                }
            }
        });
        // a map must know its view before anything is drawn on it
        var bounds = layer.getBounds();
        if (bounds.isValid()) {
            map.fitBounds(bounds, { padding: [40, 40] });
            if (!tiles) {
                graticule(map, map.getBounds());
            }
        } else {
            map.setView([33.3, 38.7], 8);
        }
        // where each route ends, under the checkpoints that may stand there
        ends.forEach(function (end) {
            L.circleMarker(end.at, { radius: 6, color: '#1d2a30', weight: 2, fillColor: '#1d2a30', fillOpacity: 1 })
                .bindTooltip(label(end.name, arabic), { permanent: true, direction: 'left', className: 'map-label' })
                .addTo(map);
        });
        layer.addTo(map);
        Object.keys(camps).forEach(function (key) {
            L.circleMarker(camps[key], { radius: 11, color: '#1d2a30', weight: 3, fillColor: '#ffffff', fillOpacity: 1 })
                .bindTooltip(label(campLabel, arabic), { permanent: true, direction: 'left', className: 'map-label camp-label' })
                .addTo(map);
        });
        L.control.scale({ imperial: false }).addTo(map);
        element.setAttribute('data-drawn', String(data.features.length));
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.corridor-map[data-features]').forEach(draw);
    });
})();
