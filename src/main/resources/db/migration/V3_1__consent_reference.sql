-- The destinations on offer or asked for when the operation starts, and the first information text.
-- ADMIN/LOGISTICS change the destinations and ADMIN/PROTECTION publish new texts through the application.

INSERT INTO destination (id, code, name_en, name_ar, kind, governorate_pcode, corridor_open, transport_available,
                         changed_at, changed_by)
VALUES ('01900000-0000-7000-8000-000000000001', 'HOMS', 'Homs', 'حمص', 'PLACE_OF_ORIGIN', 'SY04', true, true,
        now(), 'system'),
       ('01900000-0000-7000-8000-000000000002', 'DEIR_EZ_ZOR', 'Deir ez-Zor', 'دير الزور', 'PLACE_OF_ORIGIN', 'SY09',
        false, false, now(), 'system'),
       ('01900000-0000-7000-8000-000000000003', 'DARAA', 'Daraa', 'درعا', 'PLACE_OF_ORIGIN', 'SY12', false, false,
        now(), 'system'),
       ('01900000-0000-7000-8000-000000000004', 'RURAL_DAMASCUS', 'Rural Damascus shelters',
        'مراكز الإيواء في ريف دمشق', 'GOVERNMENT_HELD', 'SY03', true, true, now(), 'system'),
       ('01900000-0000-7000-8000-000000000005', 'IDLIB', 'Idlib', 'إدلب', 'OPPOSITION_NORTH', 'SY07', false, false,
        now(), 'system'),
       ('01900000-0000-7000-8000-000000000006', 'NORTH_ALEPPO', 'Northern Aleppo countryside', 'ريف حلب الشمالي',
        'OPPOSITION_NORTH', 'SY02', false, false, now(), 'system'),
       ('01900000-0000-7000-8000-000000000007', 'THIRD_COUNTRY', 'Third country (resettlement)',
        'بلد ثالث (إعادة توطين)', 'THIRD_PLACE', NULL, false, false, now(), 'system');

INSERT INTO information_text (id, version, title_en, title_ar, body_en, body_ar, published_at, published_by)
VALUES ('01900000-0000-7000-8000-000000000101', 1,
        'Before you decide: what leaving the camp means',
        'قبل أن تقرّر: ماذا يعني مغادرة المخيم',
        'You are being asked whether you agree to travel to the destination named above. The choice is yours. Saying no, or not deciding yet, does not change the aid, shelter or services you receive in the camp.

You can change your mind at any time and for any reason until the bus leaves. Tell any staff member: your withdrawal takes effect at once and you will not be put on the bus.

The journey passes checkpoints run by the authorities who control the route. We cannot guarantee what happens at checkpoints or at the destination. If you fear arrest, detention or forced conscription, speak to a protection officer before you decide. A protection officer reviews the case of every person at particular risk before they travel.

The list of passengers carries only the names of the people travelling, their seats and their household. Your fears and your answers in the interview are never shared with any authority or with the transport operators.

Children under 18 travel with the consent of the head of their household. Every adult decides for themselves.

If you agree, tell us how you want your agreement recorded: by signature, by thumbprint, or spoken in front of a witness.',
        'نسألك إن كنت توافق على السفر إلى الوجهة المذكورة أعلاه. القرار لك وحدك. إن رفضت، أو لم تقرّر بعد، فلن يتغيّر شيء من المساعدات أو المأوى أو الخدمات التي تحصل عليها في المخيم.

يمكنك أن تغيّر رأيك في أي وقت ولأي سبب إلى أن تغادر الحافلة. أخبر أيّ موظف: يسري سحب موافقتك فوراً ولن توضع على الحافلة.

تمرّ الرحلة بحواجز تديرها الجهات المسيطرة على الطريق. لا نستطيع أن نضمن ما يحدث على الحواجز أو في الوجهة. إن كنت تخشى الاعتقال أو الاحتجاز أو التجنيد الإجباري، فتحدّث إلى موظف الحماية قبل أن تقرّر. يراجع موظف الحماية حالة كل شخص معرّض لخطر خاص قبل سفره.

لا تحمل قائمة الركّاب إلا أسماء المسافرين ومقاعدهم وأسرهم. مخاوفك وإجاباتك في المقابلة لا تُشارَك أبداً مع أي سلطة ولا مع مشغّلي النقل.

يسافر الأطفال دون الثامنة عشرة بموافقة ربّ أسرتهم. وكل شخص بالغ يقرّر عن نفسه.

إن وافقت، فأخبرنا كيف تريد أن تُسجَّل موافقتك: بالتوقيع، أو ببصمة الإبهام، أو شفهياً أمام شاهد.',
        now(), 'system');
