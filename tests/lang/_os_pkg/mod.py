public = 'public'
_private = 'private'
also = 'also public'
