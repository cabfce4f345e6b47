import type { PhraseBook } from './types.js';

export const es: PhraseBook = {
  donationAsk: [
    'haz una donación', 'hacer una donación', 'dona ahora', 'donar', 'apóyanos', 'apoya nuestro periodismo', 'apoya el periodismo',
    'hazte socio', 'hazte socia', 'hazte miembro', 'tu apoyo', 'necesitamos tu ayuda',
    'colabora con', 'contribuye', 'tu aportación', 'con tu ayuda', 'ayúdanos',
  ],
  donationSupport: ['apoyo', 'apoyar', 'periodismo independiente', 'independencia', 'nuestro trabajo', 'socios', 'socias', 'lectores', 'cuesta dinero', 'donación', 'aportación', 'periodismo de calidad'],
  appealOpener: ['querido lector', 'querida lectora', 'queridos lectores', 'un mensaje de', 'gracias por leer', 'gracias por leernos'],
  appealCloser: ['más tarde', 'ahora no', 'no, gracias', 'continuar', 'métodos de pago', 'mensual', 'anual'],
  subscriptionOffer: ['suscríbete', 'suscribite', 'exclusiva para suscripciones', 'exclusiva para suscriptores', 'suscribirse', 'suscribirme', 'hazte suscriptor', 'prueba gratis', 'acceso ilimitado', 'oferta especial', 'ya eres suscriptor', 'sin límites', 'primer mes', 'cancela cuando quieras'],
  subscriptionWord: ['suscriptor', 'suscriptores', 'suscriptora', 'suscripción', 'exclusivo para suscriptores', '€/mes', 'al mes', 'por mes'],
  paywallWall: ['para seguir leyendo', 'para continuar leyendo', 'sigue leyendo con', 'exclusivo para suscriptores', 'solo para suscriptores', 'este artículo es exclusivo', 'para leer este artículo'],
  paywallMeter: ['artículos gratuitos', 'artículos gratis', 'has leído #', 'te quedan', 'límite de artículos'],
  paywallRegistration: ['regístrate gratis', 'regístrate para seguir', 'crea tu cuenta', 'registro gratuito'],
  newsletter: ['boletín', 'boletines', 'en tu correo', 'en tu bandeja', 'correo electrónico', 'apúntate'],
  related: ['lee también', 'leer también', 'te puede interesar', 'relacionado', 'relacionados', 'noticias relacionadas', 'lo más leído', 'más leídas', 'más noticias', 'ver más', 'te recomendamos', 'contenido relacionado', 'más información', 'lo más visto', 'últimas noticias', 'mirá también', 'temas relacionados', 'lo último'],
  readMoreLink: ['leer más', 'seguir leyendo', 'leer artículo completo', 'ver artículo', 'sigue leyendo'],
  comments: ['comentarios', 'comentario', 'comenta', 'responder', 'normas de participación', 'deja un comentario', 'deja tu comentario'],
  cookie: ['consentimiento', 'aceptar todo', 'rechazar todo', 'privacidad', 'tus datos'],
  ad: ['publicidad', 'patrocinado', 'anuncio'],
  social: ['compartir', 'comparte', 'compartir en facebook', 'compartir en twitter', 'síguenos', 'imprimir', 'copiar enlace', 'comparte este artículo', 'compartir este artículo', 'comparte esta noticia', 'compartir esta noticia', 'compartir noticia', 'enviar por correo'],
  other: ['iniciar sesión', 'inicia sesión', 'mi cuenta', 'aviso legal', 'notificaciones', 'escuchar', 'tiempo de lectura', 'escríbenos', 'contáctanos', 'escucha esta noticia', 'archivado en', 'ya tengo una cuenta'],
  speechVerb: ['dijo', 'afirmó', 'explicó', 'aseguró', 'señaló', 'declaró', 'escribió', 'según', 'recomendó', 'recomienda', 'pidió', 'pide', 'piden', 'anunció', 'anuncia', 'recuerda', 'recordó', 'insistió', 'insiste', 'advirtió', 'advierte', 'añadió', 'añade', 'indicó', 'indica', 'afirma', 'explica', 'asegura', 'señala', 'dice', 'insistieron', 'gritaban'],
  firstPersonPlural: ['nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'necesitamos', 'somos', 'hacemos'],
  secondPerson: ['tú', 'tu', 'tus', 'usted', 'te', 'ti', 'vosotros', 'has', 'tienes', 'puedes', 'quieres', 'eres', 'tenés', 'querés', 'podés'],
};
